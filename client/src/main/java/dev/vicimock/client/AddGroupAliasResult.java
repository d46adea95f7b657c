package dev.vicimock.client;

/** The answer of {@code add_group_alias}: the group alias added, or an error. */
public record AddGroupAliasResult(Reply reply) implements FunctionResult {

    public static AddGroupAliasResult parse(String body) {
        return new AddGroupAliasResult(Reply.parse(body));
    }

    public boolean added() {
        return reply.main().is("GROUP ALIAS HAS BEEN ADDED");
    }

    /** The id stored: the caller id number when none of at least two characters was sent. */
    public String groupAliasId() {
        return reply.main().get("group_alias_id");
    }

    public String groupAliasName() {
        return reply.main().get("group_alias_name");
    }

    public String callerIdNumber() {
        return reply.main().get("caller_id_number");
    }
}
