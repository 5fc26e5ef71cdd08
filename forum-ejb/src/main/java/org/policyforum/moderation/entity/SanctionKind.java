package org.policyforum.moderation.entity;

/** What a sanction does: a warning restricts nothing; a suspension stops writing until its end; a block for good. */
public enum SanctionKind {
    WARNING(false),
    SUSPENSION(true),
    BLOCK(true);

    private final boolean restrictsWriting;

    SanctionKind(boolean restrictsWriting) {
        this.restrictsWriting = restrictsWriting;
    }

    public boolean restrictsWriting() {
        return restrictsWriting;
    }
}
