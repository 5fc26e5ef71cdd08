package org.policyforum.idea.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.policyforum.member.entity.Member;
import org.policyforum.member.entity.Role;

class IdeaCommentTest {

    static final Instant NOW = Instant.parse("2026-12-05T01:00:00Z");
    static final Member AUTHOR = Member.staff("작성자", "a@example.org", "hash", Locale.KOREAN, NOW, Role.CITIZEN);

    /** As the database would have it after persist: the id is what replies name. */
    private static IdeaComment stored(IdeaComment comment, long id) throws ReflectiveOperationException {
        var field = IdeaComment.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(comment, id);
        return comment;
    }

    @Test
    void aReplyStaysInItsThreadUnderTheSameIdea() throws Exception {
        IdeaComment first = stored(new IdeaComment(7, null, AUTHOR, "  첫 댓글 ", NOW), 100);
        assertEquals("첫 댓글", first.getBody());
        assertNull(first.getParentId());
        assertNull(first.getRootId());
        IdeaComment reply = stored(new IdeaComment(7, first, AUTHOR, "답글", NOW), 101);
        assertEquals(100L, reply.getParentId());
        assertEquals(100L, reply.getRootId());
        IdeaComment deeper = new IdeaComment(7, reply, AUTHOR, "답글의 답글", NOW);
        assertEquals(101L, deeper.getParentId());
        assertEquals(100L, deeper.getRootId(), "every reply names the comment that began the thread");
        assertThrows(IllegalArgumentException.class, () -> new IdeaComment(8, first, AUTHOR, "다른 아이디어", NOW));
    }

    @Test
    void anEditKeepsTheOldTextAndAWithdrawnCommentIsNotChangedAgain() {
        IdeaComment comment = new IdeaComment(7, null, AUTHOR, "처음", NOW);
        IdeaCommentRevision earlier = comment.edit(" 고친 글 ", NOW.plusSeconds(60));
        assertEquals("처음", earlier.getBody());
        assertEquals(NOW.plusSeconds(60), earlier.getReplacedAt());
        assertEquals("고친 글", comment.getBody());
        assertEquals(NOW.plusSeconds(60), comment.getEditedAt());
        comment.withdraw();
        assertFalse(comment.isVisible());
        assertEquals(IdeaComment.Status.WITHDRAWN, comment.getStatus());
        assertThrows(IllegalStateException.class, () -> comment.edit("다시", NOW));
        assertThrows(IllegalStateException.class, comment::withdraw);
    }

    @Test
    void aReactionChangesItsKindAndTheSameKindAgainChangesNothing() {
        IdeaCommentReaction reaction = new IdeaCommentReaction(5, 9, IdeaCommentReaction.Kind.AGREE, NOW);
        reaction.change(IdeaCommentReaction.Kind.AGREE, NOW.plusSeconds(5));
        assertEquals(NOW, reaction.getChangedAt());
        reaction.change(IdeaCommentReaction.Kind.DISAGREE, NOW.plusSeconds(9));
        assertEquals(IdeaCommentReaction.Kind.DISAGREE, reaction.getKind());
        assertEquals(NOW.plusSeconds(9), reaction.getChangedAt());
        assertTrue(new IdeaCommentReaction.Key(5L, 9L).equals(new IdeaCommentReaction.Key(5L, 9L)));
    }
}
