/**
 * The mail module's boundaries: the monthly topic campaign for the admin console ({@code Campaigns}), its schedule
 * ({@code CampaignTimer}) and one-click unsubscribe ({@code MailConsent}). The web tier reaches them only through the
 * interfaces in forum-ejb ({@code CampaignPort}, {@code MailConsentPort}).
 */
package org.policyforum.newsletter.boundary;
