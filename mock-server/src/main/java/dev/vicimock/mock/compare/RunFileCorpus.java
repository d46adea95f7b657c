package dev.vicimock.mock.compare;

import dev.vicimock.mock.http.Redaction;
import dev.vicimock.mock.state.Row;
import dev.vicimock.mock.state.Snapshot;
import dev.vicimock.mock.state.Tables;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A corpus made of a run file's requests, so that a team previews its own suite's traffic: each scenario's
 * requests in order, from one start state. Passwords were masked when the run was saved: a masked {@code pass}
 * becomes the password the start state holds for the request's {@code user}, any other masked secret a fixed
 * stand-in. State a scenario set up through a server's admin interface is not in a run file, so such scenarios
 * start from the given state instead.
 */
public final class RunFileCorpus {
    static final String STAND_IN = "masked1";
    private static final Pattern PAIR = Pattern.compile("(^|&)([^&=]*)=([^&]*)");

    private RunFileCorpus() {}

    public static List<CorpusScenario> of(RunFile run, Snapshot start) {
        List<CorpusScenario> out = new ArrayList<>();
        for (RunFile.Scenario s : run.scenarios()) {
            List<CorpusScenario.Step> steps = new ArrayList<>();
            for (RunFile.Exchange e : s.exchanges()) {
                steps.add(new CorpusScenario.Step(e.step(), unmasked(e.request(), start)));
            }
            out.add(new CorpusScenario(s.feature(), s.scenario(), start, steps));
        }
        return out;
    }

    static RunFile.Request unmasked(RunFile.Request r, Snapshot start) {
        String target = r.target();
        int q = target.indexOf('?');
        String user = q < 0 ? null : param(target.substring(q + 1), "user");
        boolean form = r.contentType() != null && r.contentType().startsWith("application/x-www-form-urlencoded");
        if (user == null && form && r.body() != null) {
            user = param(r.body(), "user");
        }
        String password = password(start, user);
        String newTarget = q < 0 ? target : target.substring(0, q + 1) + unmask(target.substring(q + 1), password);
        String body = form && r.body() != null ? unmask(r.body(), password) : r.body();
        return new RunFile.Request(r.method(), newTarget, r.contentType(), body);
    }

    private static String unmask(String form, String password) {
        Matcher m = PAIR.matcher(form);
        return m.replaceAll(p -> {
            if (!p.group(3).equals(Redaction.MASK)
                    && !p.group(3).equals(URLEncoder.encode(Redaction.MASK, StandardCharsets.UTF_8))) {
                return Matcher.quoteReplacement(p.group());
            }
            String value = p.group(2).equals("pass") && password != null ? password : STAND_IN;
            return Matcher.quoteReplacement(
                    p.group(1) + p.group(2) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        });
    }

    private static String param(String form, String name) {
        String value = null;
        Matcher m = PAIR.matcher(form);
        while (m.find()) {
            if (m.group(2).equals(name)) {
                value = URLDecoder.decode(m.group(3), StandardCharsets.UTF_8);
            }
        }
        return value;
    }

    private static String password(Snapshot start, String user) {
        if (user == null) {
            return null;
        }
        for (Row row : start.rows(Tables.USERS)) {
            if (user.equals(row.text("user"))) {
                return row.text("pass");
            }
        }
        return null;
    }
}
