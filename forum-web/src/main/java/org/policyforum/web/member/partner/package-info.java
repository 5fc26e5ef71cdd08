/**
 * Logging in through a partner's OpenID Connect provider: the providers configured for the installation, the
 * authorization code flow (PKCE, state, nonce, ID token checks by the Nimbus OAuth 2.0 SDK) in two servlets, and the
 * credentials that hand the checked partner account to our own identity store, so that a partner login is a login
 * like a password login (new session id, session number, lock, roles).
 */
package org.policyforum.web.member.partner;
