/**
 * Members and the real-name principle: sign-up with identity verification (only a keyed hash of the verifier's
 * person key is stored; a resident registration number never is), email confirmation, login, password reset, the
 * member's own account and data export, roles and bureaus. One boundary per use ({@code SignUps}, {@code Logins},
 * {@code PasswordResets}, {@code MyAccount}, and the console's); the one-time links and the look-up by address they
 * share are controls ({@code AccountLinks}, {@code AccountAddresses}).
 */
package org.policyforum.member;
