package dev.vicimock.client;

/** The answer of {@code add_phone}: the phone added, or an error. */
public record AddPhoneResult(Reply reply) implements FunctionResult {

    public static AddPhoneResult parse(String body) {
        return new AddPhoneResult(Reply.parse(body));
    }

    public boolean added() {
        return reply.main().is("PHONE HAS BEEN ADDED");
    }

    public String extension() {
        return reply.main().get("extension");
    }

    public String serverIp() {
        return reply.main().get("server_ip");
    }

    public String protocol() {
        return reply.main().get("protocol");
    }

    public String dialplanNumber() {
        return reply.main().get("dialplan_number");
    }
}
