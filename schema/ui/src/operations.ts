import { graphql } from './gql';

/** Sets the session cookie; the app then refetches its own `me` query. */
export const LogInMutation = graphql(`
  mutation LogIn($email: String!, $password: String!) {
    logIn(email: $email, password: $password) {
      user {
        id
      }
    }
  }
`);

export const LogOutMutation = graphql(`
  mutation LogOut {
    logOut
  }
`);

/** Confirms the address of a new account from its emailed link; signs that account in. */
export const ConfirmEmailMutation = graphql(`
  mutation ConfirmEmail($token: String!, $password: String) {
    confirmEmail(token: $token, password: $password) {
      user {
        id
        emailConfirmed
      }
    }
  }
`);

export const ResendEmailConfirmationMutation = graphql(`
  mutation ResendEmailConfirmation {
    resendEmailConfirmation
  }
`);
