package dev.vicimock.mock.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vicimock.mock.release.Capability;
import dev.vicimock.mock.release.Release;

/**
 * The state as a release's own database holds it: the simulator keeps one schema for every release, but a column
 * an older release's database lacks (e.g. {@code vicidial_inbound_group_agents.daily_limit} before 2.14-168) is not
 * part of that release's effects, as the recordings of that release show.
 */
final class ReleaseColumns {
    private ReleaseColumns() {}

    /** The state tree without the columns the release's database does not have (changed in place). */
    static JsonNode of(Release release, JsonNode state) {
        if (!release.has(Capability.INGROUP_DAILY_LIMIT)) {
            state.path("inbound_group_agents").forEach(row -> ((ObjectNode) row).remove("daily_limit"));
        }
        return state;
    }
}
