package dev.vicimock.mock.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vicimock.mock.http.Redaction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The answer lines of the user functions that echo a password show it masked in the journal and logs. */
class ProvisioningRedactionTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = ';',
            value = {
                "SUCCESS: add_user USER HAS BEEN ADDED - 8001|agent77|S3cr3tpw|1|Agent 77|AGENTS;"
                        + "SUCCESS: add_user USER HAS BEEN ADDED - 8001|agent77|***|1|Agent 77|AGENTS",
                "ERROR: add_user YOU MUST USE ALL REQUIRED FIELDS: |8001|agent77|S3cr3tpw||Agent|AGENTS;"
                        + "ERROR: add_user YOU MUST USE ALL REQUIRED FIELDS: |8001|agent77|***||Agent|AGENTS",
                "SUCCESS: copy_user USER HAS BEEN COPIED - 8001|7002|S3cr3tpw|Copy|9001;"
                        + "SUCCESS: copy_user USER HAS BEEN COPIED - 8001|7002|***|Copy|9001",
                "ERROR: copy_user YOU MUST USE ALL REQUIRED FIELDS: |8001|7002|S3cr3tpw|9001|;"
                        + "ERROR: copy_user YOU MUST USE ALL REQUIRED FIELDS: |8001|7002|***|9001|",
                "ERROR: update_user YOU MUST USE A VALID PHONE PASSWORD, THIS IS AN OPTIONAL FIELD: |8001|S3cr3tpwS3cr3tpwS3cr3tpw;"
                        + "ERROR: update_user YOU MUST USE A VALID PHONE PASSWORD, THIS IS AN OPTIONAL FIELD: |8001|***",
                "SUCCESS: update_user USER HAS BEEN UPDATED - 8001|9001|;SUCCESS: update_user USER HAS BEEN UPDATED - 8001|9001|",
                "ERROR: add_user USER ALREADY EXISTS: |8001|9001;ERROR: add_user USER ALREADY EXISTS: |8001|9001",
            })
    void masksThePasswordAUserFunctionEchoes(String answer, String masked) {
        assertEquals(masked + "\n", Redaction.answer(answer + "\n"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = ';',
            value = {
                "UPDATE vicidial_users set pass='S3cr3tpw',phone_pass='Ph0nepw' where user='9001';"
                        + "UPDATE vicidial_users set pass='***',phone_pass='***' where user='9001'",
                "INSERT INTO phones SET  extension='cc1', pass='Ph0nepw';INSERT INTO phones SET  extension='cc1', pass='***'",
            })
    void masksPasswordsInStatements(String sql, String masked) {
        assertEquals(masked, Redaction.answer(sql));
    }
}
