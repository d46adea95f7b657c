package dev.vicimock.mock.function;

import dev.vicimock.mock.answer.Answer;
import dev.vicimock.mock.answer.Outcome;
import dev.vicimock.mock.call.ApiCall;
import dev.vicimock.mock.call.Params;
import dev.vicimock.mock.http.Bytes;
import dev.vicimock.mock.release.Capability;
import dev.vicimock.mock.state.Row;
import dev.vicimock.mock.state.Schema;
import dev.vicimock.mock.state.Table;
import dev.vicimock.mock.state.Tables;
import dev.vicimock.mock.state.Values;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * update_user's rank and grade blocks, one description per kind of group (campaigns, in-groups): the rank
 * (-9..9) and grade (1..10) are checked, then an agent row is upserted for every group (or only the named one),
 * the user's live rows take the rank as weight and the grade (a missing one as 0), one admin log entry is written
 * and a NOTICE line answers.
 *
 * @param needs      the capability a release needs for the block at all, or null
 * @param live       the live table, whose weight and grade columns have the agent table's names
 * @param sqlAgents  the agent table's name in the statements, likewise {@code sqlGroups}, {@code sqlLive}
 */
record AgentRanks(
        String rankParam,
        String gradeParam,
        String onlyParam,
        String idParam,
        Capability needs,
        Schema groups,
        Schema agents,
        Schema live,
        String idColumn,
        String rankColumn,
        String weightColumn,
        String gradeColumn,
        String sqlAgents,
        String sqlGroups,
        String sqlLive,
        Outcome invalidRank,
        Outcome invalidGrade,
        Outcome notice,
        Outcome noticeWithoutGrades) {

    static final AgentRanks CAMPAIGNS = new AgentRanks(
            "campaign_rank",
            "campaign_grade",
            "camp_rg_only",
            "campaign_id",
            null,
            Tables.CAMPAIGNS,
            Tables.CAMPAIGN_AGENTS,
            Tables.LIVE_AGENTS,
            "campaign_id",
            "campaign_rank",
            "campaign_weight",
            "campaign_grade",
            "vicidial_campaign_agents",
            "vicidial_campaigns",
            "vicidial_live_agents",
            Outcome.INVALID_CAMPAIGN_RANK,
            Outcome.INVALID_CAMPAIGN_GRADE,
            Outcome.CAMPAIGN_RANKS_GRADES_UPDATED,
            Outcome.CAMPAIGN_RANKS_UPDATED);

    static final AgentRanks IN_GROUPS = new AgentRanks(
            "ingroup_rank",
            "ingroup_grade",
            "ingrp_rg_only",
            "group_id",
            Capability.RANKS_AND_GRADES,
            Tables.INBOUND_GROUPS,
            Tables.INBOUND_GROUP_AGENTS,
            Tables.LIVE_INBOUND_AGENTS,
            "group_id",
            "group_rank",
            "group_weight",
            "group_grade",
            "vicidial_inbound_group_agents",
            "vicidial_inbound_groups",
            "vicidial_live_inbound_agents",
            Outcome.INVALID_INGROUP_RANK,
            Outcome.INVALID_INGROUP_GRADE,
            Outcome.INGROUP_RANKS_GRADES_UPDATED,
            Outcome.INGROUP_RANKS_GRADES_UPDATED);

    /** The blocks in the order the real code runs them. */
    static final List<AgentRanks> BLOCKS = List.of(CAMPAIGNS, IN_GROUPS);

    /** Whether the request asks this block for anything on this release. */
    boolean asked(ApiCall call) {
        Params p = call.params();
        return (needs == null || call.release().has(needs)) && (p.strlen(rankParam) > 0 || p.strlen(gradeParam) > 0);
    }

    /**
     * Checks and applies the block; the error line when the rank or grade is invalid (nothing written), else
     * the NOTICE line after the writes.
     */
    Answer.Line apply(ApiCall call, String agentUser) {
        Params p = call.params();
        String user = call.userParam();
        String rank = p.text(rankParam);
        String grade = p.text(gradeParam);
        var php = call.release().runtime();
        if (!rank.isEmpty() && (php.compare(rank, 9) > 0 || php.compare(rank, -9) < 0)) {
            return new Answer.Line(invalidRank, UpdateUser.NAME, List.of(user, rank));
        }
        if (!grade.isEmpty() && (php.compare(grade, 10) > 0 || php.compare(grade, 1) < 0)) {
            return new Answer.Line(invalidGrade, UpdateUser.NAME, List.of(user, grade));
        }
        boolean only = p.is(onlyParam, "1");
        String id = p.text(idParam);
        String statement = upsertStatement(agentUser, rank, grade, only, id);
        int upserted = Statements.run(call, statement, List.of(agentUser, rank, grade, id))
                ? upsert(call, agentUser, rank, grade, only, id)
                : -1;
        call.debug(() -> "|" + statement + "|" + upserted + "|");
        String logged = statement;
        String liveRows = "";
        boolean liveToo = call.release().has(Capability.RANKS_AND_GRADES);
        if (liveToo) {
            String liveStatement = "UPDATE " + sqlLive + " set " + weightColumn + "='" + rank + "', " + gradeColumn
                    + "='" + grade + "' where user='" + agentUser + "' "
                    + (only ? "and " + idColumn + "='" + id + "'" : "") + ";";
            int updated = Statements.run(call, liveStatement, List.of(agentUser, rank, grade, id))
                    ? updateLive(call, agentUser, rank, grade, only, id)
                    : -1;
            call.debug(() -> "|" + liveStatement + "|" + updated + "|");
            logged = statement + "|" + liveStatement;
            liveRows = updated + "|";
        }
        String onlyNote = only ? "|" + id + "|" + p.text(onlyParam) : "";
        new AdminLog(
                        "USERS",
                        "MODIFY",
                        agentUser,
                        "ADMIN API UPDATE USER RANK",
                        logged,
                        "user: " + agentUser + "|rank: " + rank + "|grade: " + grade + "|rows: " + upserted + "|"
                                + liveRows + onlyNote)
                .write(call);
        List<String> data = new ArrayList<>(List.of(user, agentUser, rank, grade));
        if (only) {
            data.add(id);
            data.add(p.text(onlyParam));
        }
        return new Answer.Line(liveToo ? notice : noticeWithoutGrades, UpdateUser.NAME, data);
    }

    /** True when this block ran without its only-flag, which leaves an undefined variable warning behind on PHP. */
    boolean warnsUndefined(ApiCall call) {
        return !call.params().is(onlyParam, "1");
    }

    /** The name of the variable the live statement reads undefined when the only-flag is not 1. */
    String undefinedVariable() {
        return onlyParam + "_andSQL";
    }

    private String upsertStatement(String agentUser, String rank, String grade, boolean only, String id) {
        String rankBegin = rank.isEmpty() ? "" : "," + rankColumn + "," + weightColumn;
        String rankMid = rank.isEmpty() ? "" : ",'" + rank + "','" + rank + "'";
        String rankEnd = rank.isEmpty() ? "" : rankColumn + "='" + rank + "'," + weightColumn + "='" + rank + "'";
        String gradeBegin = grade.isEmpty() ? "" : "," + gradeColumn;
        String gradeMid = grade.isEmpty() ? "" : ",'" + grade + "'";
        String gradeEnd = grade.isEmpty() ? "" : (rankEnd.isEmpty() ? "" : ",") + gradeColumn + "='" + grade + "'";
        return "INSERT INTO " + sqlAgents + "(user," + idColumn + " " + rankBegin + " " + gradeBegin + ") SELECT '"
                + agentUser + "'," + idColumn + " " + rankMid + " " + gradeMid + " from " + sqlGroups + " "
                + (only ? "where " + idColumn + "='" + id + "'" : "") + " ON DUPLICATE KEY UPDATE " + rankEnd + " "
                + gradeEnd + ";";
    }

    /** Upserts the agent rows; the affected rows as MySQL counts them (1 per insert, 2 per changed row). */
    private int upsert(ApiCall call, String agentUser, String rank, String grade, boolean only, String id) {
        Table agentRows = call.db().table(agents);
        String userText = Bytes.toText(agentUser);
        int affected = 0;
        for (Row group : call.db().table(groups).rows()) {
            String groupId = group.textOrEmpty(idColumn);
            if (only && !Values.collate(groupId).equals(Values.collate(Bytes.toText(id)))) {
                continue;
            }
            Map<String, Object> set = new LinkedHashMap<>();
            if (!rank.isEmpty()) {
                set.put(rankColumn, agents.store(rankColumn, rank));
                set.put(weightColumn, agents.store(weightColumn, rank));
            }
            if (!grade.isEmpty()) {
                set.put(gradeColumn, agents.store(gradeColumn, grade));
            }
            Row existing = agentRows.find(userText, groupId);
            if (existing == null) {
                Row row = Row.defaults(agents)
                        .with("user", agents.store("user", userText))
                        .with(idColumn, groupId)
                        .with(set);
                agentRows.put(row);
                affected += 1;
            } else {
                Row changed = existing.with(set);
                if (!changed.equals(existing)) {
                    agentRows.put(changed);
                    affected += 2;
                }
            }
        }
        return affected;
    }

    private static List<Row> rowOrNone(Row row) {
        return row == null ? List.of() : List.of(row);
    }

    /** Sets the user's live rows' weight and grade; the rows changed. */
    private int updateLive(ApiCall call, String agentUser, String rank, String grade, boolean only, String id) {
        Table liveRows = call.db().table(live);
        int changedRows = 0;
        // live_agents is keyed by user alone; live_inbound_agents indexes it
        List<Row> ofUser = live.key().equals(List.of("user"))
                ? rowOrNone(liveRows.find(Bytes.toText(agentUser)))
                : liveRows.rowsWith("user", Bytes.toText(agentUser));
        for (Row row : ofUser) {
            if (only && !Values.collate(row.textOrEmpty(idColumn)).equals(Values.collate(Bytes.toText(id)))) {
                continue;
            }
            Row changed = row.with(
                    Map.of(weightColumn, live.store(weightColumn, rank), gradeColumn, live.store(gradeColumn, grade)));
            if (!changed.equals(row)) {
                liveRows.put(changed);
                changedRows++;
            }
        }
        return changedRows;
    }
}
