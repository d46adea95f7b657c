package dev.vicimock.mock.function;

import dev.vicimock.mock.state.Database;
import dev.vicimock.mock.state.Row;
import dev.vicimock.mock.state.Values;
import java.util.HashSet;
import java.util.Set;

/**
 * Which phones and users a user may see, from its user group's {@code admin_viewable_groups}: all of them when the list
 * holds {@code --ALL--} or is three characters or fewer, else phones of those groups and of {@code ---ALL---}.
 */
final class ViewableGroups {
    private final Set<String> groups;
    /** The group's admin_viewable_groups as stored, which the real queries paste into an IN list. */
    private final String list;

    private ViewableGroups(Set<String> groups, String list) {
        this.groups = groups;
        this.list = list;
    }

    static ViewableGroups of(Database db, String userGroup) {
        Row group = db.userGroups().find(userGroup);
        String list = group == null ? "" : group.textOrEmpty("admin_viewable_groups");
        if (list.contains("--ALL--") || list.length() <= 3) {
            return new ViewableGroups(null, list);
        }
        Set<String> visible = new HashSet<>();
        visible.add(Values.collate("---ALL---"));
        for (String g : list.replace(" -", "").trim().split(" +")) {
            if (!g.isEmpty()) {
                visible.add(Values.collate(g));
            }
        }
        return new ViewableGroups(visible, list);
    }

    /** Whether a row with a {@code user_group} column (a phone, a user) is in a visible group. */
    boolean canSee(Row row) {
        return canSeeGroup(row.textOrEmpty("user_group"));
    }

    /** Whether the group is visible: every group when nothing limits the view, else a listed one or ---ALL---. */
    boolean canSeeGroup(String userGroup) {
        return groups == null || groups.contains(Values.collate(userGroup));
    }

    /** True when the caller's group limits what it sees. */
    boolean limited() {
        return groups != null;
    }

    /** The condition the real queries add for a limited view, as their debug output shows it; "" otherwise. */
    String sqlCondition() {
        return limited()
                ? "and user_group IN('---ALL---','" + list.replace(" -", "").replace(" ", "','") + "')"
                : "";
    }
}
