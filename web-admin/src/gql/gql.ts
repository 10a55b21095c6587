/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AdminMe {\n    me {\n      id\n      firstName\n      lastName\n      email\n      roles\n      departmentCode\n    }\n  }\n": typeof types.AdminMeDocument,
    "\n  query UptakeDashboard($filter: UptakeFilter!) {\n    uptakeDashboard(filter: $filter) {\n      asOf\n      totals {\n        preRegistered\n        beneficiaries\n        grantedCents\n        bookings\n        spentCents\n      }\n      departments {\n        code\n        name\n        isOpen\n        preRegistered\n        beneficiaries\n        grantedCents\n        bookings\n        spentCents\n      }\n      categories {\n        categoryId\n        label\n        bookings\n        spentCents\n      }\n      weeks {\n        week\n        beneficiaries\n        grantedCents\n        bookings\n        spentCents\n      }\n    }\n    categories {\n      id\n      label\n    }\n  }\n": typeof types.UptakeDashboardDocument,
    "\n  mutation RefreshUptake {\n    refreshUptake\n  }\n": typeof types.RefreshUptakeDocument,
    "\n  query UptakeDiversity($period: DiversityPeriod!, $departmentCode: String) {\n    uptakeDiversity(period: $period, departmentCode: $departmentCode) {\n      asOf\n      totals {\n        bookers\n        oneCategoryShare\n        twoCategoriesShare\n        threeOrMoreShare\n        averageCategories\n      }\n      departments {\n        code\n        name\n        bookers\n        oneCategoryShare\n        twoCategoriesShare\n        threeOrMoreShare\n        averageCategories\n      }\n    }\n  }\n": typeof types.UptakeDiversityDocument,
    "\n  query ActivationRequests {\n    activationRequests {\n      userId\n      email\n      firstName\n      lastName\n      birthDate\n      age\n      departmentCode\n      departmentName\n      departmentOpen\n      requestedAt\n      obstacle\n    }\n  }\n": typeof types.ActivationRequestsDocument,
    "\n  mutation ApproveActivation($userId: ID!) {\n    approveActivation(userId: $userId)\n  }\n": typeof types.ApproveActivationDocument,
    "\n  mutation RejectActivation($userId: ID!, $reason: String!) {\n    rejectActivation(userId: $userId, reason: $reason)\n  }\n": typeof types.RejectActivationDocument,
    "\n  query AuditLog($beforeId: ID) {\n    auditLog(first: 50, beforeId: $beforeId) {\n      id\n      action\n      targetType\n      targetId\n      details\n      createdAt\n      adminEmail\n      adminName\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  query AdminDepartments {\n    departments {\n      code\n      name\n      isOpen\n      openedAt\n      preRegistered\n    }\n  }\n": typeof types.AdminDepartmentsDocument,
    "\n  mutation OpenDepartment($code: String!) {\n    openDepartment(code: $code)\n  }\n": typeof types.OpenDepartmentDocument,
    "\n  query AdminOutboxMessages($status: OutboxStatus, $first: Int!) {\n    outboxMessages(status: $status, first: $first) {\n      id\n      kind\n      recipient\n      status\n      attempts\n      subject\n      text\n      createdAt\n      sentAt\n      failedAt\n      nextAttemptAt\n      lastError\n    }\n  }\n": typeof types.AdminOutboxMessagesDocument,
    "\n  mutation AdminResendOutboxMessage($id: ID!) {\n    resendOutboxMessage(id: $id) {\n      id\n      status\n      attempts\n      failedAt\n      nextAttemptAt\n    }\n  }\n": typeof types.AdminResendOutboxMessageDocument,
    "\n  query Moderation {\n    moderationRules {\n      id\n      label\n      kind\n      priceThresholdCents\n      words\n      subcategoryIds\n      isActive\n    }\n    moderationQueue {\n      id\n      name\n      description\n      subcategoryId\n      venueName\n      venueDepartmentCode\n      offererName\n      updatedAt\n      pricesCents\n      liveBookings\n      matchedRules\n      image {\n        url(width: 400)\n        srcset\n        sources {\n          type\n          srcset\n        }\n        alt\n        credit\n        width\n        height\n        large: url(width: 1200)\n      }\n    }\n    categories {\n      id\n      label\n      subcategories {\n        id\n        label\n      }\n    }\n  }\n": typeof types.ModerationDocument,
    "\n  mutation CreateModerationRule($input: ModerationRuleInput!) {\n    createModerationRule(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateModerationRuleDocument,
    "\n  mutation SetModerationRuleActive($id: ID!, $isActive: Boolean!) {\n    setModerationRuleActive(id: $id, isActive: $isActive) {\n      id\n      isActive\n    }\n  }\n": typeof types.SetModerationRuleActiveDocument,
    "\n  mutation ApproveOffer($offerId: ID!) {\n    approveOffer(offerId: $offerId)\n  }\n": typeof types.ApproveOfferDocument,
    "\n  mutation RejectOffer($offerId: ID!, $reason: String!) {\n    rejectOffer(offerId: $offerId, reason: $reason)\n  }\n": typeof types.RejectOfferDocument,
    "\n  query PendingValidations {\n    pendingOfferers {\n      id\n      siren\n      name\n      createdAt\n      venueCount\n      memberEmails\n    }\n    pendingMemberships {\n      id\n      email\n      firstName\n      lastName\n      offererName\n      offererSiren\n      offererStatus\n      createdAt\n    }\n  }\n": typeof types.PendingValidationsDocument,
    "\n  mutation DecideOfferer($offererId: ID!, $decision: OffererDecision!, $reason: String) {\n    decideOfferer(offererId: $offererId, decision: $decision, reason: $reason)\n  }\n": typeof types.DecideOffererDocument,
    "\n  mutation DecideMembership($membershipId: ID!, $decision: OffererDecision!, $reason: String) {\n    decideMembership(membershipId: $membershipId, decision: $decision, reason: $reason)\n  }\n": typeof types.DecideMembershipDocument,
    "\n  query SearchPeople($query: String!) {\n    searchPeople(query: $query) {\n      id\n      email\n      firstName\n      lastName\n      roles\n      departmentCode\n      activationStatus\n      suspendedAt\n    }\n  }\n": typeof types.SearchPeopleDocument,
    "\n  query Person($id: ID!) {\n    person(id: $id) {\n      id\n      email\n      firstName\n      lastName\n      roles\n      departmentCode\n      activationStatus\n      birthDate\n      createdAt\n      suspendedAt\n      suspensionReason\n      activationRejectionReason\n      wallet {\n        policy\n        initialCents\n        remainingCents\n        expiresAt\n        isExpired\n      }\n      bookings {\n        id\n        offerName\n        venueName\n        quantity\n        amountCents\n        status\n        cancellationReason\n        bookedAt\n      }\n    }\n  }\n": typeof types.PersonDocument,
    "\n  mutation SuspendPerson($id: ID!, $reason: String!) {\n    suspendPerson(id: $id, reason: $reason)\n  }\n": typeof types.SuspendPersonDocument,
    "\n  mutation ReinstatePerson($id: ID!) {\n    reinstatePerson(id: $id)\n  }\n": typeof types.ReinstatePersonDocument,
    "\n  query AdminSelections {\n    editorialSelections {\n      id\n      title\n      text\n      kind\n      offerIds\n      ruleCategoryId\n      ruleDepartmentCode\n      ruleBeginsFrom\n      ruleBeginsUntil\n      departmentCodes\n      publishedFrom\n      publishedUntil\n      position\n      offers {\n        id\n        name\n      }\n    }\n    categories {\n      id\n      label\n    }\n  }\n": typeof types.AdminSelectionsDocument,
    "\n  mutation SaveSelection($id: ID, $input: EditorialSelectionInput!) {\n    saveEditorialSelection(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.SaveSelectionDocument,
    "\n  mutation DeleteSelection($id: ID!) {\n    deleteEditorialSelection(id: $id)\n  }\n": typeof types.DeleteSelectionDocument,
    "\n  mutation ReorderSelections($ids: [ID!]!) {\n    reorderEditorialSelections(ids: $ids) {\n      id\n      position\n    }\n  }\n": typeof types.ReorderSelectionsDocument,
};
const documents: Documents = {
    "\n  query AdminMe {\n    me {\n      id\n      firstName\n      lastName\n      email\n      roles\n      departmentCode\n    }\n  }\n": types.AdminMeDocument,
    "\n  query UptakeDashboard($filter: UptakeFilter!) {\n    uptakeDashboard(filter: $filter) {\n      asOf\n      totals {\n        preRegistered\n        beneficiaries\n        grantedCents\n        bookings\n        spentCents\n      }\n      departments {\n        code\n        name\n        isOpen\n        preRegistered\n        beneficiaries\n        grantedCents\n        bookings\n        spentCents\n      }\n      categories {\n        categoryId\n        label\n        bookings\n        spentCents\n      }\n      weeks {\n        week\n        beneficiaries\n        grantedCents\n        bookings\n        spentCents\n      }\n    }\n    categories {\n      id\n      label\n    }\n  }\n": types.UptakeDashboardDocument,
    "\n  mutation RefreshUptake {\n    refreshUptake\n  }\n": types.RefreshUptakeDocument,
    "\n  query UptakeDiversity($period: DiversityPeriod!, $departmentCode: String) {\n    uptakeDiversity(period: $period, departmentCode: $departmentCode) {\n      asOf\n      totals {\n        bookers\n        oneCategoryShare\n        twoCategoriesShare\n        threeOrMoreShare\n        averageCategories\n      }\n      departments {\n        code\n        name\n        bookers\n        oneCategoryShare\n        twoCategoriesShare\n        threeOrMoreShare\n        averageCategories\n      }\n    }\n  }\n": types.UptakeDiversityDocument,
    "\n  query ActivationRequests {\n    activationRequests {\n      userId\n      email\n      firstName\n      lastName\n      birthDate\n      age\n      departmentCode\n      departmentName\n      departmentOpen\n      requestedAt\n      obstacle\n    }\n  }\n": types.ActivationRequestsDocument,
    "\n  mutation ApproveActivation($userId: ID!) {\n    approveActivation(userId: $userId)\n  }\n": types.ApproveActivationDocument,
    "\n  mutation RejectActivation($userId: ID!, $reason: String!) {\n    rejectActivation(userId: $userId, reason: $reason)\n  }\n": types.RejectActivationDocument,
    "\n  query AuditLog($beforeId: ID) {\n    auditLog(first: 50, beforeId: $beforeId) {\n      id\n      action\n      targetType\n      targetId\n      details\n      createdAt\n      adminEmail\n      adminName\n    }\n  }\n": types.AuditLogDocument,
    "\n  query AdminDepartments {\n    departments {\n      code\n      name\n      isOpen\n      openedAt\n      preRegistered\n    }\n  }\n": types.AdminDepartmentsDocument,
    "\n  mutation OpenDepartment($code: String!) {\n    openDepartment(code: $code)\n  }\n": types.OpenDepartmentDocument,
    "\n  query AdminOutboxMessages($status: OutboxStatus, $first: Int!) {\n    outboxMessages(status: $status, first: $first) {\n      id\n      kind\n      recipient\n      status\n      attempts\n      subject\n      text\n      createdAt\n      sentAt\n      failedAt\n      nextAttemptAt\n      lastError\n    }\n  }\n": types.AdminOutboxMessagesDocument,
    "\n  mutation AdminResendOutboxMessage($id: ID!) {\n    resendOutboxMessage(id: $id) {\n      id\n      status\n      attempts\n      failedAt\n      nextAttemptAt\n    }\n  }\n": types.AdminResendOutboxMessageDocument,
    "\n  query Moderation {\n    moderationRules {\n      id\n      label\n      kind\n      priceThresholdCents\n      words\n      subcategoryIds\n      isActive\n    }\n    moderationQueue {\n      id\n      name\n      description\n      subcategoryId\n      venueName\n      venueDepartmentCode\n      offererName\n      updatedAt\n      pricesCents\n      liveBookings\n      matchedRules\n      image {\n        url(width: 400)\n        srcset\n        sources {\n          type\n          srcset\n        }\n        alt\n        credit\n        width\n        height\n        large: url(width: 1200)\n      }\n    }\n    categories {\n      id\n      label\n      subcategories {\n        id\n        label\n      }\n    }\n  }\n": types.ModerationDocument,
    "\n  mutation CreateModerationRule($input: ModerationRuleInput!) {\n    createModerationRule(input: $input) {\n      id\n    }\n  }\n": types.CreateModerationRuleDocument,
    "\n  mutation SetModerationRuleActive($id: ID!, $isActive: Boolean!) {\n    setModerationRuleActive(id: $id, isActive: $isActive) {\n      id\n      isActive\n    }\n  }\n": types.SetModerationRuleActiveDocument,
    "\n  mutation ApproveOffer($offerId: ID!) {\n    approveOffer(offerId: $offerId)\n  }\n": types.ApproveOfferDocument,
    "\n  mutation RejectOffer($offerId: ID!, $reason: String!) {\n    rejectOffer(offerId: $offerId, reason: $reason)\n  }\n": types.RejectOfferDocument,
    "\n  query PendingValidations {\n    pendingOfferers {\n      id\n      siren\n      name\n      createdAt\n      venueCount\n      memberEmails\n    }\n    pendingMemberships {\n      id\n      email\n      firstName\n      lastName\n      offererName\n      offererSiren\n      offererStatus\n      createdAt\n    }\n  }\n": types.PendingValidationsDocument,
    "\n  mutation DecideOfferer($offererId: ID!, $decision: OffererDecision!, $reason: String) {\n    decideOfferer(offererId: $offererId, decision: $decision, reason: $reason)\n  }\n": types.DecideOffererDocument,
    "\n  mutation DecideMembership($membershipId: ID!, $decision: OffererDecision!, $reason: String) {\n    decideMembership(membershipId: $membershipId, decision: $decision, reason: $reason)\n  }\n": types.DecideMembershipDocument,
    "\n  query SearchPeople($query: String!) {\n    searchPeople(query: $query) {\n      id\n      email\n      firstName\n      lastName\n      roles\n      departmentCode\n      activationStatus\n      suspendedAt\n    }\n  }\n": types.SearchPeopleDocument,
    "\n  query Person($id: ID!) {\n    person(id: $id) {\n      id\n      email\n      firstName\n      lastName\n      roles\n      departmentCode\n      activationStatus\n      birthDate\n      createdAt\n      suspendedAt\n      suspensionReason\n      activationRejectionReason\n      wallet {\n        policy\n        initialCents\n        remainingCents\n        expiresAt\n        isExpired\n      }\n      bookings {\n        id\n        offerName\n        venueName\n        quantity\n        amountCents\n        status\n        cancellationReason\n        bookedAt\n      }\n    }\n  }\n": types.PersonDocument,
    "\n  mutation SuspendPerson($id: ID!, $reason: String!) {\n    suspendPerson(id: $id, reason: $reason)\n  }\n": types.SuspendPersonDocument,
    "\n  mutation ReinstatePerson($id: ID!) {\n    reinstatePerson(id: $id)\n  }\n": types.ReinstatePersonDocument,
    "\n  query AdminSelections {\n    editorialSelections {\n      id\n      title\n      text\n      kind\n      offerIds\n      ruleCategoryId\n      ruleDepartmentCode\n      ruleBeginsFrom\n      ruleBeginsUntil\n      departmentCodes\n      publishedFrom\n      publishedUntil\n      position\n      offers {\n        id\n        name\n      }\n    }\n    categories {\n      id\n      label\n    }\n  }\n": types.AdminSelectionsDocument,
    "\n  mutation SaveSelection($id: ID, $input: EditorialSelectionInput!) {\n    saveEditorialSelection(id: $id, input: $input) {\n      id\n    }\n  }\n": types.SaveSelectionDocument,
    "\n  mutation DeleteSelection($id: ID!) {\n    deleteEditorialSelection(id: $id)\n  }\n": types.DeleteSelectionDocument,
    "\n  mutation ReorderSelections($ids: [ID!]!) {\n    reorderEditorialSelections(ids: $ids) {\n      id\n      position\n    }\n  }\n": types.ReorderSelectionsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminMe {\n    me {\n      id\n      firstName\n      lastName\n      email\n      roles\n      departmentCode\n    }\n  }\n"): (typeof documents)["\n  query AdminMe {\n    me {\n      id\n      firstName\n      lastName\n      email\n      roles\n      departmentCode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UptakeDashboard($filter: UptakeFilter!) {\n    uptakeDashboard(filter: $filter) {\n      asOf\n      totals {\n        preRegistered\n        beneficiaries\n        grantedCents\n        bookings\n        spentCents\n      }\n      departments {\n        code\n        name\n        isOpen\n        preRegistered\n        beneficiaries\n        grantedCents\n        bookings\n        spentCents\n      }\n      categories {\n        categoryId\n        label\n        bookings\n        spentCents\n      }\n      weeks {\n        week\n        beneficiaries\n        grantedCents\n        bookings\n        spentCents\n      }\n    }\n    categories {\n      id\n      label\n    }\n  }\n"): (typeof documents)["\n  query UptakeDashboard($filter: UptakeFilter!) {\n    uptakeDashboard(filter: $filter) {\n      asOf\n      totals {\n        preRegistered\n        beneficiaries\n        grantedCents\n        bookings\n        spentCents\n      }\n      departments {\n        code\n        name\n        isOpen\n        preRegistered\n        beneficiaries\n        grantedCents\n        bookings\n        spentCents\n      }\n      categories {\n        categoryId\n        label\n        bookings\n        spentCents\n      }\n      weeks {\n        week\n        beneficiaries\n        grantedCents\n        bookings\n        spentCents\n      }\n    }\n    categories {\n      id\n      label\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshUptake {\n    refreshUptake\n  }\n"): (typeof documents)["\n  mutation RefreshUptake {\n    refreshUptake\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UptakeDiversity($period: DiversityPeriod!, $departmentCode: String) {\n    uptakeDiversity(period: $period, departmentCode: $departmentCode) {\n      asOf\n      totals {\n        bookers\n        oneCategoryShare\n        twoCategoriesShare\n        threeOrMoreShare\n        averageCategories\n      }\n      departments {\n        code\n        name\n        bookers\n        oneCategoryShare\n        twoCategoriesShare\n        threeOrMoreShare\n        averageCategories\n      }\n    }\n  }\n"): (typeof documents)["\n  query UptakeDiversity($period: DiversityPeriod!, $departmentCode: String) {\n    uptakeDiversity(period: $period, departmentCode: $departmentCode) {\n      asOf\n      totals {\n        bookers\n        oneCategoryShare\n        twoCategoriesShare\n        threeOrMoreShare\n        averageCategories\n      }\n      departments {\n        code\n        name\n        bookers\n        oneCategoryShare\n        twoCategoriesShare\n        threeOrMoreShare\n        averageCategories\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivationRequests {\n    activationRequests {\n      userId\n      email\n      firstName\n      lastName\n      birthDate\n      age\n      departmentCode\n      departmentName\n      departmentOpen\n      requestedAt\n      obstacle\n    }\n  }\n"): (typeof documents)["\n  query ActivationRequests {\n    activationRequests {\n      userId\n      email\n      firstName\n      lastName\n      birthDate\n      age\n      departmentCode\n      departmentName\n      departmentOpen\n      requestedAt\n      obstacle\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveActivation($userId: ID!) {\n    approveActivation(userId: $userId)\n  }\n"): (typeof documents)["\n  mutation ApproveActivation($userId: ID!) {\n    approveActivation(userId: $userId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectActivation($userId: ID!, $reason: String!) {\n    rejectActivation(userId: $userId, reason: $reason)\n  }\n"): (typeof documents)["\n  mutation RejectActivation($userId: ID!, $reason: String!) {\n    rejectActivation(userId: $userId, reason: $reason)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($beforeId: ID) {\n    auditLog(first: 50, beforeId: $beforeId) {\n      id\n      action\n      targetType\n      targetId\n      details\n      createdAt\n      adminEmail\n      adminName\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($beforeId: ID) {\n    auditLog(first: 50, beforeId: $beforeId) {\n      id\n      action\n      targetType\n      targetId\n      details\n      createdAt\n      adminEmail\n      adminName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminDepartments {\n    departments {\n      code\n      name\n      isOpen\n      openedAt\n      preRegistered\n    }\n  }\n"): (typeof documents)["\n  query AdminDepartments {\n    departments {\n      code\n      name\n      isOpen\n      openedAt\n      preRegistered\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenDepartment($code: String!) {\n    openDepartment(code: $code)\n  }\n"): (typeof documents)["\n  mutation OpenDepartment($code: String!) {\n    openDepartment(code: $code)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminOutboxMessages($status: OutboxStatus, $first: Int!) {\n    outboxMessages(status: $status, first: $first) {\n      id\n      kind\n      recipient\n      status\n      attempts\n      subject\n      text\n      createdAt\n      sentAt\n      failedAt\n      nextAttemptAt\n      lastError\n    }\n  }\n"): (typeof documents)["\n  query AdminOutboxMessages($status: OutboxStatus, $first: Int!) {\n    outboxMessages(status: $status, first: $first) {\n      id\n      kind\n      recipient\n      status\n      attempts\n      subject\n      text\n      createdAt\n      sentAt\n      failedAt\n      nextAttemptAt\n      lastError\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminResendOutboxMessage($id: ID!) {\n    resendOutboxMessage(id: $id) {\n      id\n      status\n      attempts\n      failedAt\n      nextAttemptAt\n    }\n  }\n"): (typeof documents)["\n  mutation AdminResendOutboxMessage($id: ID!) {\n    resendOutboxMessage(id: $id) {\n      id\n      status\n      attempts\n      failedAt\n      nextAttemptAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Moderation {\n    moderationRules {\n      id\n      label\n      kind\n      priceThresholdCents\n      words\n      subcategoryIds\n      isActive\n    }\n    moderationQueue {\n      id\n      name\n      description\n      subcategoryId\n      venueName\n      venueDepartmentCode\n      offererName\n      updatedAt\n      pricesCents\n      liveBookings\n      matchedRules\n      image {\n        url(width: 400)\n        srcset\n        sources {\n          type\n          srcset\n        }\n        alt\n        credit\n        width\n        height\n        large: url(width: 1200)\n      }\n    }\n    categories {\n      id\n      label\n      subcategories {\n        id\n        label\n      }\n    }\n  }\n"): (typeof documents)["\n  query Moderation {\n    moderationRules {\n      id\n      label\n      kind\n      priceThresholdCents\n      words\n      subcategoryIds\n      isActive\n    }\n    moderationQueue {\n      id\n      name\n      description\n      subcategoryId\n      venueName\n      venueDepartmentCode\n      offererName\n      updatedAt\n      pricesCents\n      liveBookings\n      matchedRules\n      image {\n        url(width: 400)\n        srcset\n        sources {\n          type\n          srcset\n        }\n        alt\n        credit\n        width\n        height\n        large: url(width: 1200)\n      }\n    }\n    categories {\n      id\n      label\n      subcategories {\n        id\n        label\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateModerationRule($input: ModerationRuleInput!) {\n    createModerationRule(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateModerationRule($input: ModerationRuleInput!) {\n    createModerationRule(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetModerationRuleActive($id: ID!, $isActive: Boolean!) {\n    setModerationRuleActive(id: $id, isActive: $isActive) {\n      id\n      isActive\n    }\n  }\n"): (typeof documents)["\n  mutation SetModerationRuleActive($id: ID!, $isActive: Boolean!) {\n    setModerationRuleActive(id: $id, isActive: $isActive) {\n      id\n      isActive\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveOffer($offerId: ID!) {\n    approveOffer(offerId: $offerId)\n  }\n"): (typeof documents)["\n  mutation ApproveOffer($offerId: ID!) {\n    approveOffer(offerId: $offerId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectOffer($offerId: ID!, $reason: String!) {\n    rejectOffer(offerId: $offerId, reason: $reason)\n  }\n"): (typeof documents)["\n  mutation RejectOffer($offerId: ID!, $reason: String!) {\n    rejectOffer(offerId: $offerId, reason: $reason)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PendingValidations {\n    pendingOfferers {\n      id\n      siren\n      name\n      createdAt\n      venueCount\n      memberEmails\n    }\n    pendingMemberships {\n      id\n      email\n      firstName\n      lastName\n      offererName\n      offererSiren\n      offererStatus\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query PendingValidations {\n    pendingOfferers {\n      id\n      siren\n      name\n      createdAt\n      venueCount\n      memberEmails\n    }\n    pendingMemberships {\n      id\n      email\n      firstName\n      lastName\n      offererName\n      offererSiren\n      offererStatus\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideOfferer($offererId: ID!, $decision: OffererDecision!, $reason: String) {\n    decideOfferer(offererId: $offererId, decision: $decision, reason: $reason)\n  }\n"): (typeof documents)["\n  mutation DecideOfferer($offererId: ID!, $decision: OffererDecision!, $reason: String) {\n    decideOfferer(offererId: $offererId, decision: $decision, reason: $reason)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideMembership($membershipId: ID!, $decision: OffererDecision!, $reason: String) {\n    decideMembership(membershipId: $membershipId, decision: $decision, reason: $reason)\n  }\n"): (typeof documents)["\n  mutation DecideMembership($membershipId: ID!, $decision: OffererDecision!, $reason: String) {\n    decideMembership(membershipId: $membershipId, decision: $decision, reason: $reason)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchPeople($query: String!) {\n    searchPeople(query: $query) {\n      id\n      email\n      firstName\n      lastName\n      roles\n      departmentCode\n      activationStatus\n      suspendedAt\n    }\n  }\n"): (typeof documents)["\n  query SearchPeople($query: String!) {\n    searchPeople(query: $query) {\n      id\n      email\n      firstName\n      lastName\n      roles\n      departmentCode\n      activationStatus\n      suspendedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Person($id: ID!) {\n    person(id: $id) {\n      id\n      email\n      firstName\n      lastName\n      roles\n      departmentCode\n      activationStatus\n      birthDate\n      createdAt\n      suspendedAt\n      suspensionReason\n      activationRejectionReason\n      wallet {\n        policy\n        initialCents\n        remainingCents\n        expiresAt\n        isExpired\n      }\n      bookings {\n        id\n        offerName\n        venueName\n        quantity\n        amountCents\n        status\n        cancellationReason\n        bookedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query Person($id: ID!) {\n    person(id: $id) {\n      id\n      email\n      firstName\n      lastName\n      roles\n      departmentCode\n      activationStatus\n      birthDate\n      createdAt\n      suspendedAt\n      suspensionReason\n      activationRejectionReason\n      wallet {\n        policy\n        initialCents\n        remainingCents\n        expiresAt\n        isExpired\n      }\n      bookings {\n        id\n        offerName\n        venueName\n        quantity\n        amountCents\n        status\n        cancellationReason\n        bookedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuspendPerson($id: ID!, $reason: String!) {\n    suspendPerson(id: $id, reason: $reason)\n  }\n"): (typeof documents)["\n  mutation SuspendPerson($id: ID!, $reason: String!) {\n    suspendPerson(id: $id, reason: $reason)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReinstatePerson($id: ID!) {\n    reinstatePerson(id: $id)\n  }\n"): (typeof documents)["\n  mutation ReinstatePerson($id: ID!) {\n    reinstatePerson(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminSelections {\n    editorialSelections {\n      id\n      title\n      text\n      kind\n      offerIds\n      ruleCategoryId\n      ruleDepartmentCode\n      ruleBeginsFrom\n      ruleBeginsUntil\n      departmentCodes\n      publishedFrom\n      publishedUntil\n      position\n      offers {\n        id\n        name\n      }\n    }\n    categories {\n      id\n      label\n    }\n  }\n"): (typeof documents)["\n  query AdminSelections {\n    editorialSelections {\n      id\n      title\n      text\n      kind\n      offerIds\n      ruleCategoryId\n      ruleDepartmentCode\n      ruleBeginsFrom\n      ruleBeginsUntil\n      departmentCodes\n      publishedFrom\n      publishedUntil\n      position\n      offers {\n        id\n        name\n      }\n    }\n    categories {\n      id\n      label\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveSelection($id: ID, $input: EditorialSelectionInput!) {\n    saveEditorialSelection(id: $id, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SaveSelection($id: ID, $input: EditorialSelectionInput!) {\n    saveEditorialSelection(id: $id, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteSelection($id: ID!) {\n    deleteEditorialSelection(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteSelection($id: ID!) {\n    deleteEditorialSelection(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReorderSelections($ids: [ID!]!) {\n    reorderEditorialSelections(ids: $ids) {\n      id\n      position\n    }\n  }\n"): (typeof documents)["\n  mutation ReorderSelections($ids: [ID!]!) {\n    reorderEditorialSelections(ids: $ids) {\n      id\n      position\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;