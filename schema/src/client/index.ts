export { createApolloClient, routerBasename, type ApolloClientOptions } from './apollo';
export { accessFor, roleLabel, type Access, type Role, type UserWithRoles } from './access';
export {
  ERROR_CODES,
  errorCodeOf,
  errorFieldsOf,
  errorMessage,
  messageForCode,
  type ClientErrorKind,
  type ErrorCode,
  type Register,
} from './errors';
export { formatDate, formatEuros } from './format';
