/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Where a young person stands on the way to their credit */
export type ActivationStatus =
  | 'ACTIVATED'
  | 'PRE_REGISTERED'
  | 'REJECTED'
  | 'REQUESTED';

/** An admin action of the audit log */
export type AuditAction =
  | 'ACTIVATION_APPROVED'
  | 'ACTIVATION_REJECTED'
  | 'DEPARTMENT_OPENED'
  | 'EMAIL_RESENT'
  | 'MEMBERSHIP_REJECTED'
  | 'MEMBERSHIP_VALIDATED'
  | 'MODERATION_RULE_CREATED'
  | 'MODERATION_RULE_DISABLED'
  | 'MODERATION_RULE_ENABLED'
  | 'OFFERER_REJECTED'
  | 'OFFERER_VALIDATED'
  | 'OFFER_APPROVED'
  | 'OFFER_REJECTED'
  | 'SELECTIONS_REORDERED'
  | 'SELECTION_CREATED'
  | 'SELECTION_DELETED'
  | 'SELECTION_PUBLISHED'
  | 'SELECTION_UNPUBLISHED'
  | 'SELECTION_UPDATED'
  | 'USER_REINSTATED'
  | 'USER_SUSPENDED';

/** The dashboard's periods: since the start, the last 12 or 52 weeks (whole weeks) */
export type DiversityPeriod =
  | 'ALL'
  | 'WEEKS_12'
  | 'WEEKS_52';

export type EditorialSelectionInput = {
  /** Shown to these departments; none: all France */
  departmentCodes?: Array<string> | null | undefined;
  kind: EditorialSelectionKind;
  /** LIST: the offers, in order */
  offerIds?: Array<string | number> | null | undefined;
  /** Order on the home, smallest first */
  position?: number;
  publishedFrom: string;
  publishedUntil?: string | null | undefined;
  /** RULE: dates starting at or after */
  ruleBeginsFrom?: string | null | undefined;
  /** RULE: dates starting before */
  ruleBeginsUntil?: string | null | undefined;
  /** RULE: a category id, e.g. CINEMA */
  ruleCategoryId?: string | null | undefined;
  /** RULE: venues of this department only */
  ruleDepartmentCode?: string | null | undefined;
  text?: string | null | undefined;
  title: string;
};

export type EditorialSelectionKind =
  | 'LIST'
  | 'RULE';

/** What an email is about */
export type MailKind =
  | 'ACTIVATION_APPROVED'
  | 'ACTIVATION_REJECTED'
  | 'BOOKING_CANCELLED'
  | 'BOOKING_CONFIRMED'
  | 'BOOKING_DATE_CHANGED'
  | 'DEPARTMENT_OPENED'
  | 'EMAIL_CONFIRMATION'
  | 'EXPIRY_REMINDER'
  | 'MEMBERSHIP_DECIDED'
  | 'OFFERER_DECIDED'
  | 'OFFER_REJECTED'
  | 'PRO_DAILY_SUMMARY'
  | 'SIGN_UP_ATTEMPT'
  | 'VENUE_NEW_BOOKING';

export type ModerationRuleInput = {
  kind: ModerationRuleKind;
  label: string;
  priceThresholdCents?: number | null | undefined;
  subcategoryIds?: Array<string> | null | undefined;
  words?: Array<string> | null | undefined;
};

export type ModerationRuleKind =
  | 'PRICE_ABOVE'
  | 'SUBCATEGORIES'
  | 'WORDS';

export type OffererDecision =
  | 'REJECTED'
  | 'VALIDATED';

/** Where an email stands: waiting, being sent, sent, given up (FAILED), or given up because it may have been delivered (UNCERTAIN: an admin decides) */
export type OutboxStatus =
  | 'FAILED'
  | 'PENDING'
  | 'SENDING'
  | 'SENT'
  | 'UNCERTAIN';

export type Role =
  | 'ADMIN'
  | 'BENEFICIARY'
  | 'PRO';

export type UptakeFilter = {
  /** A category id, e.g. CINEMA */
  categoryId?: string | null | undefined;
  /** Totals, categories and weeks of one department */
  departmentCode?: string | null | undefined;
  /** First day (YYYY-MM-DD); its week counts */
  from?: string | null | undefined;
  side?: UptakeSide;
  /** Last day (YYYY-MM-DD); its week counts */
  to?: string | null | undefined;
};

export type UptakeSide =
  | 'BENEFICIARY'
  | 'VENUE';

export type AdminMeQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminMeQuery = { me: { __typename: 'User', id: string, firstName: string, lastName: string, email: string, roles: Array<Role>, departmentCode: string | null } | null };

export type UptakeDashboardQueryVariables = Exact<{
  filter: UptakeFilter;
}>;


export type UptakeDashboardQuery = { uptakeDashboard: { __typename: 'UptakeDashboardType', asOf: string, totals: { __typename: 'UptakeTotals', preRegistered: number, beneficiaries: number, grantedCents: number, bookings: number, spentCents: number }, departments: Array<{ __typename: 'UptakeDepartment', code: string, name: string, isOpen: boolean, preRegistered: number, beneficiaries: number, grantedCents: number, bookings: number, spentCents: number }>, categories: Array<{ __typename: 'UptakeCategory', categoryId: string, label: string, bookings: number, spentCents: number }>, weeks: Array<{ __typename: 'UptakeWeek', week: string, beneficiaries: number, grantedCents: number, bookings: number, spentCents: number }> }, categories: Array<{ __typename: 'Category', id: string, label: string }> };

export type RefreshUptakeMutationVariables = Exact<{ [key: string]: never; }>;


export type RefreshUptakeMutation = { refreshUptake: string };

export type UptakeDiversityQueryVariables = Exact<{
  period: DiversityPeriod;
  departmentCode?: string | null | undefined;
}>;


export type UptakeDiversityQuery = { uptakeDiversity: { __typename: 'DiversityDashboardType', asOf: string, totals: { __typename: 'DiversityFiguresType', bookers: number, oneCategoryShare: number | null, twoCategoriesShare: number | null, threeOrMoreShare: number | null, averageCategories: number | null }, departments: Array<{ __typename: 'DiversityDepartmentType', code: string, name: string, bookers: number, oneCategoryShare: number | null, twoCategoriesShare: number | null, threeOrMoreShare: number | null, averageCategories: number | null }> } };

export type ActivationRequestsQueryVariables = Exact<{ [key: string]: never; }>;


export type ActivationRequestsQuery = { activationRequests: Array<{ __typename: 'ActivationRequest', userId: string, email: string, firstName: string, lastName: string, birthDate: string | null, age: number | null, departmentCode: string | null, departmentName: string | null, departmentOpen: boolean, requestedAt: string, obstacle: string | null }> };

export type ApproveActivationMutationVariables = Exact<{
  userId: string | number;
}>;


export type ApproveActivationMutation = { approveActivation: boolean };

export type RejectActivationMutationVariables = Exact<{
  userId: string | number;
  reason: string;
}>;


export type RejectActivationMutation = { rejectActivation: boolean };

export type AuditLogQueryVariables = Exact<{
  beforeId?: string | number | null | undefined;
}>;


export type AuditLogQuery = { auditLog: Array<{ __typename: 'AuditEntry', id: string, action: AuditAction, targetType: string, targetId: string, details: unknown, createdAt: string, adminEmail: string, adminName: string }> };

export type AdminDepartmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminDepartmentsQuery = { departments: Array<{ __typename: 'DepartmentStatus', code: string, name: string, isOpen: boolean, openedAt: string | null, preRegistered: number }> };

export type OpenDepartmentMutationVariables = Exact<{
  code: string;
}>;


export type OpenDepartmentMutation = { openDepartment: number };

export type AdminOutboxMessagesQueryVariables = Exact<{
  status?: OutboxStatus | null | undefined;
  first: number;
}>;


export type AdminOutboxMessagesQuery = { outboxMessages: Array<{ __typename: 'OutboxMessage', id: string, kind: MailKind, recipient: string, status: OutboxStatus, attempts: number, subject: string, text: string, createdAt: string, sentAt: string | null, failedAt: string | null, nextAttemptAt: string | null, lastError: string | null }> };

export type AdminResendOutboxMessageMutationVariables = Exact<{
  id: string | number;
}>;


export type AdminResendOutboxMessageMutation = { resendOutboxMessage: { __typename: 'OutboxMessage', id: string, status: OutboxStatus, attempts: number, failedAt: string | null, nextAttemptAt: string | null } };

export type ModerationQueryVariables = Exact<{ [key: string]: never; }>;


export type ModerationQuery = { moderationRules: Array<{ __typename: 'ModerationRuleType', id: string, label: string, kind: ModerationRuleKind, priceThresholdCents: number | null, words: Array<string> | null, subcategoryIds: Array<string> | null, isActive: boolean }>, moderationQueue: Array<{ __typename: 'PendingOffer', id: string, name: string, description: string | null, subcategoryId: string, venueName: string, venueDepartmentCode: string | null, offererName: string, updatedAt: string, pricesCents: Array<number>, liveBookings: number, matchedRules: Array<string>, image: { __typename: 'Image', url: string, srcset: string, alt: string, credit: string | null, width: number, height: number, large: string, sources: Array<{ __typename: 'ImageSource', type: string, srcset: string }> } | null }>, categories: Array<{ __typename: 'Category', id: string, label: string, subcategories: Array<{ __typename: 'Subcategory', id: string, label: string }> }> };

export type CreateModerationRuleMutationVariables = Exact<{
  input: ModerationRuleInput;
}>;


export type CreateModerationRuleMutation = { createModerationRule: { __typename: 'ModerationRuleType', id: string } };

export type SetModerationRuleActiveMutationVariables = Exact<{
  id: string | number;
  isActive: boolean;
}>;


export type SetModerationRuleActiveMutation = { setModerationRuleActive: { __typename: 'ModerationRuleType', id: string, isActive: boolean } };

export type ApproveOfferMutationVariables = Exact<{
  offerId: string | number;
}>;


export type ApproveOfferMutation = { approveOffer: boolean };

export type RejectOfferMutationVariables = Exact<{
  offerId: string | number;
  reason: string;
}>;


export type RejectOfferMutation = { rejectOffer: Array<string> };

export type PendingValidationsQueryVariables = Exact<{ [key: string]: never; }>;


export type PendingValidationsQuery = { pendingOfferers: Array<{ __typename: 'PendingOfferer', id: string, siren: string, name: string, createdAt: string, venueCount: number, memberEmails: Array<string> }>, pendingMemberships: Array<{ __typename: 'PendingMembership', id: string, email: string, firstName: string, lastName: string, offererName: string, offererSiren: string, offererStatus: string, createdAt: string }> };

export type DecideOffererMutationVariables = Exact<{
  offererId: string | number;
  decision: OffererDecision;
  reason?: string | null | undefined;
}>;


export type DecideOffererMutation = { decideOfferer: boolean };

export type DecideMembershipMutationVariables = Exact<{
  membershipId: string | number;
  decision: OffererDecision;
  reason?: string | null | undefined;
}>;


export type DecideMembershipMutation = { decideMembership: boolean };

export type SearchPeopleQueryVariables = Exact<{
  query: string;
}>;


export type SearchPeopleQuery = { searchPeople: Array<{ __typename: 'PersonSummary', id: string, email: string, firstName: string, lastName: string, roles: Array<Role>, departmentCode: string | null, activationStatus: ActivationStatus | null, suspendedAt: string | null }> };

export type PersonQueryVariables = Exact<{
  id: string | number;
}>;


export type PersonQuery = { person: { __typename: 'PersonDetail', id: string, email: string, firstName: string, lastName: string, roles: Array<Role>, departmentCode: string | null, activationStatus: ActivationStatus | null, birthDate: string | null, createdAt: string, suspendedAt: string | null, suspensionReason: string | null, activationRejectionReason: string | null, wallet: { __typename: 'Wallet', policy: string, initialCents: number, remainingCents: number, expiresAt: string, isExpired: boolean } | null, bookings: Array<{ __typename: 'PersonBooking', id: string, offerName: string, venueName: string, quantity: number, amountCents: number, status: string, cancellationReason: string | null, bookedAt: string }> } | null };

export type SuspendPersonMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type SuspendPersonMutation = { suspendPerson: Array<string> };

export type ReinstatePersonMutationVariables = Exact<{
  id: string | number;
}>;


export type ReinstatePersonMutation = { reinstatePerson: boolean };

export type AdminSelectionsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminSelectionsQuery = { editorialSelections: Array<{ __typename: 'EditorialSelection', id: string, title: string, text: string | null, kind: EditorialSelectionKind, offerIds: Array<string>, ruleCategoryId: string | null, ruleDepartmentCode: string | null, ruleBeginsFrom: string | null, ruleBeginsUntil: string | null, departmentCodes: Array<string>, publishedFrom: string, publishedUntil: string | null, position: number, offers: Array<{ __typename: 'Offer', id: string, name: string }> }>, categories: Array<{ __typename: 'Category', id: string, label: string }> };

export type SaveSelectionMutationVariables = Exact<{
  id?: string | number | null | undefined;
  input: EditorialSelectionInput;
}>;


export type SaveSelectionMutation = { saveEditorialSelection: { __typename: 'EditorialSelection', id: string } };

export type DeleteSelectionMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteSelectionMutation = { deleteEditorialSelection: boolean };

export type ReorderSelectionsMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type ReorderSelectionsMutation = { reorderEditorialSelections: Array<{ __typename: 'EditorialSelection', id: string, position: number }> };


export const AdminMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}}]}}]}}]} as unknown as DocumentNode<AdminMeQuery, AdminMeQueryVariables>;
export const UptakeDashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UptakeDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UptakeFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uptakeDashboard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"preRegistered"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaries"}},{"kind":"Field","name":{"kind":"Name","value":"grantedCents"}},{"kind":"Field","name":{"kind":"Name","value":"bookings"}},{"kind":"Field","name":{"kind":"Name","value":"spentCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isOpen"}},{"kind":"Field","name":{"kind":"Name","value":"preRegistered"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaries"}},{"kind":"Field","name":{"kind":"Name","value":"grantedCents"}},{"kind":"Field","name":{"kind":"Name","value":"bookings"}},{"kind":"Field","name":{"kind":"Name","value":"spentCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categoryId"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"bookings"}},{"kind":"Field","name":{"kind":"Name","value":"spentCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"weeks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"week"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaries"}},{"kind":"Field","name":{"kind":"Name","value":"grantedCents"}},{"kind":"Field","name":{"kind":"Name","value":"bookings"}},{"kind":"Field","name":{"kind":"Name","value":"spentCents"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<UptakeDashboardQuery, UptakeDashboardQueryVariables>;
export const RefreshUptakeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefreshUptake"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshUptake"}}]}}]} as unknown as DocumentNode<RefreshUptakeMutation, RefreshUptakeMutationVariables>;
export const UptakeDiversityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UptakeDiversity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DiversityPeriod"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"departmentCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uptakeDiversity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"departmentCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"departmentCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bookers"}},{"kind":"Field","name":{"kind":"Name","value":"oneCategoryShare"}},{"kind":"Field","name":{"kind":"Name","value":"twoCategoriesShare"}},{"kind":"Field","name":{"kind":"Name","value":"threeOrMoreShare"}},{"kind":"Field","name":{"kind":"Name","value":"averageCategories"}}]}},{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"bookers"}},{"kind":"Field","name":{"kind":"Name","value":"oneCategoryShare"}},{"kind":"Field","name":{"kind":"Name","value":"twoCategoriesShare"}},{"kind":"Field","name":{"kind":"Name","value":"threeOrMoreShare"}},{"kind":"Field","name":{"kind":"Name","value":"averageCategories"}}]}}]}}]}}]} as unknown as DocumentNode<UptakeDiversityQuery, UptakeDiversityQueryVariables>;
export const ActivationRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActivationRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activationRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"departmentName"}},{"kind":"Field","name":{"kind":"Name","value":"departmentOpen"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"obstacle"}}]}}]}}]} as unknown as DocumentNode<ActivationRequestsQuery, ActivationRequestsQueryVariables>;
export const ApproveActivationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveActivation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveActivation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}]}]}}]} as unknown as DocumentNode<ApproveActivationMutation, ApproveActivationMutationVariables>;
export const RejectActivationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectActivation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectActivation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}]}]}}]} as unknown as DocumentNode<RejectActivationMutation, RejectActivationMutationVariables>;
export const AuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"beforeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"beforeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"beforeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"targetType"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"adminEmail"}},{"kind":"Field","name":{"kind":"Name","value":"adminName"}}]}}]}}]} as unknown as DocumentNode<AuditLogQuery, AuditLogQueryVariables>;
export const AdminDepartmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminDepartments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isOpen"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"preRegistered"}}]}}]}}]} as unknown as DocumentNode<AdminDepartmentsQuery, AdminDepartmentsQueryVariables>;
export const OpenDepartmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenDepartment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openDepartment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}]}]}}]} as unknown as DocumentNode<OpenDepartmentMutation, OpenDepartmentMutationVariables>;
export const AdminOutboxMessagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminOutboxMessages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OutboxStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outboxMessages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"failedAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}}]}}]}}]} as unknown as DocumentNode<AdminOutboxMessagesQuery, AdminOutboxMessagesQueryVariables>;
export const AdminResendOutboxMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminResendOutboxMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resendOutboxMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"failedAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}}]}}]}}]} as unknown as DocumentNode<AdminResendOutboxMessageMutation, AdminResendOutboxMessageMutationVariables>;
export const ModerationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Moderation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moderationRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"priceThresholdCents"}},{"kind":"Field","name":{"kind":"Name","value":"words"}},{"kind":"Field","name":{"kind":"Name","value":"subcategoryIds"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}}]}},{"kind":"Field","name":{"kind":"Name","value":"moderationQueue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"subcategoryId"}},{"kind":"Field","name":{"kind":"Name","value":"venueName"}},{"kind":"Field","name":{"kind":"Name","value":"venueDepartmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"offererName"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pricesCents"}},{"kind":"Field","name":{"kind":"Name","value":"liveBookings"}},{"kind":"Field","name":{"kind":"Name","value":"matchedRules"}},{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"width"},"value":{"kind":"IntValue","value":"400"}}]},{"kind":"Field","name":{"kind":"Name","value":"srcset"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"srcset"}}]}},{"kind":"Field","name":{"kind":"Name","value":"alt"}},{"kind":"Field","name":{"kind":"Name","value":"credit"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","alias":{"kind":"Name","value":"large"},"name":{"kind":"Name","value":"url"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"width"},"value":{"kind":"IntValue","value":"1200"}}]}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"subcategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]} as unknown as DocumentNode<ModerationQuery, ModerationQueryVariables>;
export const CreateModerationRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateModerationRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ModerationRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createModerationRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateModerationRuleMutation, CreateModerationRuleMutationVariables>;
export const SetModerationRuleActiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetModerationRuleActive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"isActive"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setModerationRuleActive"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"isActive"},"value":{"kind":"Variable","name":{"kind":"Name","value":"isActive"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}}]}}]}}]} as unknown as DocumentNode<SetModerationRuleActiveMutation, SetModerationRuleActiveMutationVariables>;
export const ApproveOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"offerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offerId"}}}]}]}}]} as unknown as DocumentNode<ApproveOfferMutation, ApproveOfferMutationVariables>;
export const RejectOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"offerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}]}]}}]} as unknown as DocumentNode<RejectOfferMutation, RejectOfferMutationVariables>;
export const PendingValidationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PendingValidations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pendingOfferers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"venueCount"}},{"kind":"Field","name":{"kind":"Name","value":"memberEmails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingMemberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"offererName"}},{"kind":"Field","name":{"kind":"Name","value":"offererSiren"}},{"kind":"Field","name":{"kind":"Name","value":"offererStatus"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<PendingValidationsQuery, PendingValidationsQueryVariables>;
export const DecideOffererDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideOfferer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offererId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"decision"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OffererDecision"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideOfferer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"offererId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offererId"}}},{"kind":"Argument","name":{"kind":"Name","value":"decision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"decision"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}]}]}}]} as unknown as DocumentNode<DecideOffererMutation, DecideOffererMutationVariables>;
export const DecideMembershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideMembership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"membershipId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"decision"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OffererDecision"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideMembership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"membershipId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"membershipId"}}},{"kind":"Argument","name":{"kind":"Name","value":"decision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"decision"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}]}]}}]} as unknown as DocumentNode<DecideMembershipMutation, DecideMembershipMutationVariables>;
export const SearchPeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchPeople"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchPeople"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"activationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedAt"}}]}}]}}]} as unknown as DocumentNode<SearchPeopleQuery, SearchPeopleQueryVariables>;
export const PersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Person"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"activationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"suspensionReason"}},{"kind":"Field","name":{"kind":"Name","value":"activationRejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"wallet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"}},{"kind":"Field","name":{"kind":"Name","value":"initialCents"}},{"kind":"Field","name":{"kind":"Name","value":"remainingCents"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"isExpired"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bookings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"offerName"}},{"kind":"Field","name":{"kind":"Name","value":"venueName"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"bookedAt"}}]}}]}}]}}]} as unknown as DocumentNode<PersonQuery, PersonQueryVariables>;
export const SuspendPersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SuspendPerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suspendPerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}]}]}}]} as unknown as DocumentNode<SuspendPersonMutation, SuspendPersonMutationVariables>;
export const ReinstatePersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReinstatePerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reinstatePerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<ReinstatePersonMutation, ReinstatePersonMutationVariables>;
export const AdminSelectionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminSelections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editorialSelections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"offerIds"}},{"kind":"Field","name":{"kind":"Name","value":"ruleCategoryId"}},{"kind":"Field","name":{"kind":"Name","value":"ruleDepartmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"ruleBeginsFrom"}},{"kind":"Field","name":{"kind":"Name","value":"ruleBeginsUntil"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCodes"}},{"kind":"Field","name":{"kind":"Name","value":"publishedFrom"}},{"kind":"Field","name":{"kind":"Name","value":"publishedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"offers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<AdminSelectionsQuery, AdminSelectionsQueryVariables>;
export const SaveSelectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveSelection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EditorialSelectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveEditorialSelection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SaveSelectionMutation, SaveSelectionMutationVariables>;
export const DeleteSelectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteSelection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteEditorialSelection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteSelectionMutation, DeleteSelectionMutationVariables>;
export const ReorderSelectionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReorderSelections"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reorderEditorialSelections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<ReorderSelectionsMutation, ReorderSelectionsMutationVariables>;