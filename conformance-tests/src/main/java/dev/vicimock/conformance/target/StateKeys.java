package dev.vicimock.conformance.target;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The rows the suite may look at around one request on a target whose tables it reads by key: the scenario's
 * phones, users and aliases, the configured servers, the role users, and whose admin log entries count. The
 * simulator's state is whole and needs no keys.
 *
 * @param phones   phones by extension and server
 * @param servers  servers by address
 * @param users    users by name
 * @param aliases  phone aliases by id
 * @param logUsers the users whose admin log entries count: the ones the suite logs in as
 */
public record StateKeys(
        List<Phone> phones, Set<String> servers, Set<String> users, Set<String> aliases, Set<String> logUsers) {

    public StateKeys {
        phones = List.copyOf(new LinkedHashSet<>(phones));
        servers = Set.copyOf(servers);
        users = Set.copyOf(users);
        aliases = Set.copyOf(aliases);
        logUsers = Set.copyOf(logUsers);
    }

    /** No keys at all: reads only what needs none (the system settings, the admin log's mark). */
    public static StateKeys none() {
        return new StateKeys(List.of(), Set.of(), Set.of(), Set.of(), Set.of());
    }

    /** One phone's key. */
    public record Phone(String extension, String serverIp) {}
}
