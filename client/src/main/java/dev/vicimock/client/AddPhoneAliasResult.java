package dev.vicimock.client;

/** The answer of {@code add_phone_alias}: the alias added, or an error. */
public record AddPhoneAliasResult(Reply reply) implements FunctionResult {

    public static AddPhoneAliasResult parse(String body) {
        return new AddPhoneAliasResult(Reply.parse(body));
    }

    public boolean added() {
        return reply.main().is("PHONE ALIAS HAS BEEN ADDED");
    }

    public String aliasId() {
        return reply.main().get("alias_id");
    }

    public String aliasName() {
        return reply.main().get("alias_name");
    }

    /** The comma-separated phone logins, as sent. */
    public String phoneLogins() {
        return reply.main().get("phone_logins");
    }
}
