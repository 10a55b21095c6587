export { AccessDenied, type AccessDeniedProps } from './AccessDenied';
export { AccountSummary, type AccountSummaryProps } from './AccountSummary';
export { AppFrame, type AppFrameProps } from './AppFrame';
export { AppIdentityContext, useAppIdentity, useWording, type AppIdentity } from './context';
export { LoginForm, type LoginFormProps } from './LoginForm';
export { LogoutButton } from './LogoutButton';
export { Page, type PageProps } from './Page';
export { ErrorAlert, Loading, type ErrorAlertProps } from './Status';
export {
  SessionApp,
  type MeQueryDocument,
  type SessionAppProps,
  type SessionUser,
} from './SessionApp';
export {
  ConfirmEmailMutation,
  LogInMutation,
  LogOutMutation,
  ResendEmailConfirmationMutation,
} from './operations';
export { CheckInbox, ConfirmEmailPage, type CheckInboxProps } from './EmailConfirmation';
export { renderApp } from './renderApp';
export { RouteErrorBoundary } from './RouteErrorBoundary';
export {
  CategoryIllustration,
  illustrationOfVenueType,
  type CategoryIllustrationProps,
  type ImageShape,
} from './CategoryIllustration';
export {
  IMAGE_RATIOS,
  OfferImage,
  srcFromSrcset,
  VenueImage,
  type ImageData,
  type OfferImageProps,
  type VenueImageProps,
} from './OfferImage';
export * from './controls';
