package dk.sikkerby.indberetning.domain;

/** Why a comment was written: with a return, with a reopen, as an answer, or as a plain note. */
public enum CommentKind {
    RETURN("comment.kind.return"),
    REOPEN("comment.kind.reopen"),
    ANSWER("comment.kind.answer"),
    NOTE("comment.kind.note");

    private final String key;

    CommentKind(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
