/**
 * What every feature leans on and nothing more: the clock, the organisation's settings, the runtime mode
 * (development or production), schema migrations and the mail port that forum-mail implements.
 */
package org.policyforum.platform;
