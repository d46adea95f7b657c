package dev.vicimock.conformance.target;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a target has stored, as the steps about effects ask it: rows by key with the upstream column names, and the
 * admin log since a mark. The simulator answers from its whole state; a real server's database answers for the
 * rows it was asked to read ({@link StateKeys}). Rows map column names to strings, {@code null} for NULL, and
 * numbers for integer columns.
 */
public interface StoredState {

    /** The phone with this extension on this server, compared case-insensitively as MySQL does. */
    Optional<Map<String, Object>> phone(String extension, String serverIp);

    /** The phones whose login is this one, on any server. */
    List<Map<String, Object>> phonesWithLogin(String login);

    Optional<Map<String, Object>> server(String serverIp);

    /** The user of this name, compared case-insensitively. */
    Optional<Map<String, Object>> user(String user);

    Optional<Map<String, Object>> userGroup(String userGroup);

    Optional<Map<String, Object>> phoneAlias(String aliasId);

    /** A position in the admin log: later entries are those {@link #adminLogSince} returns. */
    long adminLogMark();

    /** The admin log entries written after the mark (on a real server: by the users the suite logs in as). */
    List<Map<String, Object>> adminLogSince(long mark);

    /**
     * What "nothing was written" compares before and after a request, by name: whole tables on the simulator, the
     * rows named by the keys on a real server.
     */
    Map<String, Object> watched();

    /** What {@link #watched()} covers, in words, for the report. */
    String watchedDescription();

    /** Where the values come from, for messages: "the simulator", "the database". */
    String where();
}
