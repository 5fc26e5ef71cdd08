/**
 * The monthly policy topics of the main forum and the Youth Forum: background material, the owning bureau, open and
 * close times, experts' pro and con briefs, and the topic's life (DRAFT → SCHEDULED → OPEN → CLOSED → ANSWERED).
 */
package org.policyforum.topic;
