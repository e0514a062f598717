package org.netboot6.standin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The checker fails when the listing and the stand-in disagree: each test doctors one line of the real listing and
 * expects exactly the one mismatch that names the class and member.
 */
class SignatureCheckerTest {
    private static String listing;
    private static Path standIn;

    @BeforeAll
    static void readListing() throws Exception {
        listing = Files.readString(Path.of(System.getProperty("cloudstack.signatures")));
        standIn = StandInSignatureTest.standInClasses();
    }

    /** Replaces one member line inside the block of one class, failing when that line is not there exactly once. */
    static String doctor(String text, String className, String oldLine, String newLine) {
        int header = indexOfHeader(text, className);
        int end = text.indexOf("\n}", header);
        String block = text.substring(header, end);
        String old = "\n  " + oldLine + "\n";
        assertThat(block.split(java.util.regex.Pattern.quote(old), -1)).as("'%s' in %s", oldLine, className).hasSize(2);
        return text.substring(0, header) + block.replace(old, "\n  " + newLine + "\n") + text.substring(end);
    }

    /** Replaces the header line of one class. */
    static String doctorHeader(String text, String className, String newHeader) {
        int header = indexOfHeader(text, className);
        int lineEnd = text.indexOf('\n', header);
        return text.substring(0, header) + newHeader + " {" + text.substring(lineEnd);
    }

    /** Removes one class block. */
    static String remove(String text, String className) {
        int header = indexOfHeader(text, className);
        int end = text.indexOf("\n}\n", header) + 3;
        return text.substring(0, header) + text.substring(end);
    }

    private static int indexOfHeader(String text, String className) {
        for (String kind : new String[] {" class ", " interface "}) {
            int at = text.indexOf(kind + className + " ");
            if (at < 0) {
                at = text.indexOf(kind + className + "<");
            }
            if (at >= 0) {
                return text.lastIndexOf('\n', at) + 1;
            }
        }
        throw new AssertionError("no class " + className + " in the listing");
    }

    private static SignatureChecker.Result checkAgainst(String doctoredListing) throws Exception {
        return SignatureChecker.check(standIn, JavapListing.parse(doctoredListing));
    }

    @Test
    void theUndoctoredListingMatches() throws Exception {
        assertThat(checkAgainst(listing).mismatches()).isEmpty();
    }

    @Test
    void aRenamedMethodIsReported() throws Exception {
        String doctored = doctor(listing, "org.apache.cloudstack.api.BaseCmd",
                "public java.lang.String getCommandName();", "public java.lang.String getCommandNames();");

        assertThat(checkAgainst(doctored).mismatches()).containsExactly(
                "org.apache.cloudstack.api.BaseCmd: member not in the listing: public java.lang.String getCommandName();"
                        + " (no listed member is named getCommandName)");
    }

    @Test
    void aChangedParameterTypeIsReported() throws Exception {
        String doctored = doctor(listing, "org.apache.cloudstack.api.response.ListResponse",
                "public void setResponses(java.util.List<T>, java.lang.Integer);",
                "public void setResponses(java.util.List<T>, java.lang.Long);");

        assertThat(checkAgainst(doctored).mismatches()).containsExactly(
                "org.apache.cloudstack.api.response.ListResponse: member not in the listing:"
                        + " public void setResponses(java.util.List<T>, java.lang.Integer);"
                        + " (listed with that name: public void setResponses(java.util.List<T>);"
                        + " | public void setResponses(java.util.List<T>, java.lang.Long);)");
    }

    @Test
    void aChangedReturnTypeIsReported() throws Exception {
        String doctored = doctor(listing, "org.apache.cloudstack.framework.config.ConfigKey",
                "public T value();", "public java.lang.Object value();");

        assertThat(checkAgainst(doctored).mismatches()).singleElement().asString()
                .startsWith("org.apache.cloudstack.framework.config.ConfigKey: member not in the listing: public T value();");
    }

    @Test
    void aChangedThrowsClauseIsReported() throws Exception {
        String execute = "public abstract void execute() throws com.cloud.exception.ResourceUnavailableException,"
                + " com.cloud.exception.InsufficientCapacityException, org.apache.cloudstack.api.ServerApiException,"
                + " com.cloud.exception.ConcurrentOperationException, com.cloud.exception.ResourceAllocationException";
        String doctored = doctor(listing, "org.apache.cloudstack.api.BaseCmd",
                execute + ", com.cloud.exception.NetworkRuleConflictException;", execute + ";");

        assertThat(checkAgainst(doctored).mismatches()).singleElement().asString()
                .startsWith("org.apache.cloudstack.api.BaseCmd: member not in the listing: " + execute + ", ");
    }

    @Test
    void aChangedConstantValueIsReported() throws Exception {
        String doctored = doctor(listing, "org.apache.cloudstack.api.ApiConstants",
                "public static final java.lang.String PAGE_SIZE = \"pagesize\";",
                "public static final java.lang.String PAGE_SIZE = \"page_size\";");

        assertThat(checkAgainst(doctored).mismatches()).containsExactly(
                "org.apache.cloudstack.api.ApiConstants: member not in the listing:"
                        + " public static final java.lang.String PAGE_SIZE = \"pagesize\";"
                        + " (listed with that name: public static final java.lang.String PAGE_SIZE = \"page_size\";)");
    }

    @Test
    void aChangedModifierIsReported() throws Exception {
        String doctored = doctor(listing, "org.apache.cloudstack.api.BaseResponse",
                "public final java.lang.String getResponseName();", "public java.lang.String getResponseName();");

        assertThat(checkAgainst(doctored).mismatches()).singleElement().asString()
                .startsWith("org.apache.cloudstack.api.BaseResponse: member not in the listing:"
                        + " public final java.lang.String getResponseName();");
    }

    @Test
    void aClassMissingFromTheListingIsReported() throws Exception {
        String doctored = remove(listing, "com.cloud.utils.db.GlobalLock");

        assertThat(checkAgainst(doctored).mismatches())
                .containsExactly("com.cloud.utils.db.GlobalLock: class is not in the CloudStack listing");
    }

    @Test
    void aDifferentSuperclassIsReported() throws Exception {
        String doctored = doctorHeader(listing, "org.apache.cloudstack.api.ServerApiException",
                "public class org.apache.cloudstack.api.ServerApiException extends java.lang.RuntimeException");

        assertThat(checkAgainst(doctored).mismatches()).containsExactly(
                "org.apache.cloudstack.api.ServerApiException: extends com.cloud.utils.exception.CloudRuntimeException,"
                        + " listed as extending java.lang.RuntimeException");
    }

    @Test
    void anInterfaceTheListingDoesNotDeclareIsReported() throws Exception {
        String doctored = doctorHeader(listing, "com.cloud.utils.component.ManagerBase",
                "public class com.cloud.utils.component.ManagerBase extends com.cloud.utils.component.ComponentLifecycleBase");

        assertThat(checkAgainst(doctored).mismatches()).containsExactly(
                "com.cloud.utils.component.ManagerBase: declares interface"
                        + " com.cloud.utils.component.ComponentMethodInterceptable, listed interfaces are []");
    }

    @Test
    void aDifferentClassKindIsReported() throws Exception {
        String doctored = doctorHeader(listing, "org.apache.cloudstack.api.BaseListCmd",
                "public class org.apache.cloudstack.api.BaseListCmd extends org.apache.cloudstack.api.BaseCmd"
                        + " implements org.apache.cloudstack.api.IBaseListCmd");

        assertThat(checkAgainst(doctored).mismatches()).containsExactly(
                "org.apache.cloudstack.api.BaseListCmd: is 'public abstract class', listed as 'public class'");
    }

    @Test
    void reorderedEnumConstantsAreReported() throws Exception {
        String malformed = "public static final org.apache.cloudstack.api.ApiErrorCode MALFORMED_PARAMETER_ERROR;";
        String param = "public static final org.apache.cloudstack.api.ApiErrorCode PARAM_ERROR;";
        String doctored = doctor(doctor(listing, "org.apache.cloudstack.api.ApiErrorCode", malformed, "SWAP"),
                "org.apache.cloudstack.api.ApiErrorCode", param, malformed);
        doctored = doctor(doctored, "org.apache.cloudstack.api.ApiErrorCode", "SWAP", param);

        assertThat(checkAgainst(doctored).mismatches()).singleElement().asString()
                .startsWith("org.apache.cloudstack.api.ApiErrorCode: enum constants [")
                .contains("MALFORMED_PARAMETER_ERROR, PARAM_ERROR", "PARAM_ERROR, MALFORMED_PARAMETER_ERROR");
    }

    @Test
    void aMissingListingFailsWithItsPathAndTheProperty() {
        Path missing = Path.of("no-such-dir", "api-signatures-4.22.txt");

        assertThatThrownBy(() -> JavapListing.load(missing))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(missing.toAbsolutePath().toString())
                .hasMessageContaining("-Dcloudstack.signatures=");
    }

    @Test
    void headersWithGenericInterfacesAreSplitOutsideAngleBrackets() {
        ClassSignature host = JavapListing.parse(listing).get("com.cloud.host.Host");

        assertThat(host.kind()).isEqualTo("public interface");
        assertThat(host.superclass()).isNull();
        assertThat(host.interfaces()).containsExactly("com.cloud.utils.fsm.StateObject<com.cloud.host.Status>",
                "org.apache.cloudstack.api.Identity", "org.apache.cloudstack.kernel.Partition",
                "org.apache.cloudstack.ha.HAResource");
        ClassSignature list = JavapListing.parse(listing).get("org.apache.cloudstack.api.response.ListResponse");
        assertThat(list.typeParameters()).isEqualTo("<T extends org.apache.cloudstack.api.ResponseObject>");
        assertThat(list.superclass()).isEqualTo("org.apache.cloudstack.api.BaseResponse");
    }
}
