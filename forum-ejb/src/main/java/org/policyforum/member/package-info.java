/**
 * Members and the real-name principle: sign-up with identity verification (only a keyed hash of the verifier's
 * person key is stored; a resident registration number never is), email confirmation, login, roles and bureaus.
 */
package org.policyforum.member;
