package org.policyforum.topic.entity;

/** Where an opinion stands on a topic. Experts' briefs are PRO or CON; citizens may also be NEUTRAL. */
public enum Stance {
    PRO,
    CON,
    NEUTRAL
}
