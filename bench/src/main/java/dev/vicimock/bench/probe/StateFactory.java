package dev.vicimock.bench.probe;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * Builds large {@code vicidial-state/1} documents from the simulator's own default state: its rows stay
 * (the workloads need user 6666, server 10.0.9.8, phone cc100) and generated phones are added, copies of
 * cc100 with their own extension and login.
 */
public final class StateFactory {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ObjectNode seed;

    /** {@code stateJson} as answered by {@code GET /__admin/vicidial/state}. */
    public StateFactory(String stateJson) throws IOException {
        ObjectNode s = (ObjectNode) JSON.readTree(stateJson);
        s.remove("admin_log"); // the log is an output of the simulator, not part of the state format's tables
        this.seed = s;
    }

    /** The seed plus {@code extraPhones} generated phones (p000001, p000002, ...), as JSON bytes. */
    public byte[] withPhones(int extraPhones) throws IOException {
        ObjectNode state = seed.deepCopy();
        ArrayNode phones = (ArrayNode) state.get("phones");
        ObjectNode template = (ObjectNode) phones.get(0);
        for (int i = 1; i <= extraPhones; i++) {
            String ext = String.format("p%06d", i);
            ObjectNode p = template.deepCopy();
            p.put("extension", ext);
            p.put("login", ext);
            p.put("fullname", "Phone " + ext);
            p.put("dialplan_number", Integer.toString(100000 + i));
            p.put("voicemail_id", Integer.toString(100000 + i));
            phones.add(p);
        }
        return JSON.writeValueAsBytes(state);
    }

    /** Rows in the seed's phones table. */
    public int seedPhones() {
        return seed.get("phones").size();
    }
}
