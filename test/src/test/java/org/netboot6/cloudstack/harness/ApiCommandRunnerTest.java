package org.netboot6.cloudstack.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import javax.inject.Inject;

import org.apache.cloudstack.acl.RoleType;
import org.apache.cloudstack.api.APICommand;
import org.apache.cloudstack.api.ApiErrorCode;
import org.apache.cloudstack.api.BaseCmd;
import org.apache.cloudstack.api.BaseListCmd;
import org.apache.cloudstack.api.Parameter;
import org.apache.cloudstack.api.ServerApiException;
import org.apache.cloudstack.api.response.SuccessResponse;
import org.junit.jupiter.api.Test;

/** The harness fills parameters and refuses bad ones as CloudStack's dispatcher does. */
class ApiCommandRunnerTest {

    /** What a command needs injected. */
    public interface Clock {
        long now();
    }

    @APICommand(name = "doThing", responseObject = SuccessResponse.class, authorized = {RoleType.Admin})
    public static class DoThingCmd extends BaseCmd {
        @Inject
        Clock clock;

        @Parameter(name = "name", type = CommandType.STRING, required = true, length = 5)
        String name;

        @Parameter(name = "count", type = CommandType.INTEGER)
        Integer count;

        @Parameter(name = "size", type = CommandType.LONG)
        Long size;

        @Parameter(name = "enabled", type = CommandType.BOOLEAN)
        Boolean enabled;

        @Parameter(name = "tags", type = CommandType.LIST, collectionType = CommandType.STRING)
        List<String> tags;

        @Override
        public void execute() {
            setResponseObject(new SuccessResponse(getCommandName()));
        }

        @Override
        public long getEntityOwnerId() {
            return 1;
        }
    }

    @APICommand(name = "listThings", responseObject = SuccessResponse.class, authorized = {RoleType.Admin})
    public static class ListThingsCmd extends BaseListCmd {
        Long start;
        Long size;

        @Override
        public void execute() {
            start = getStartIndex();
            size = getPageSizeVal();
        }
    }

    private final ApiCommandRunner api = new ApiCommandRunner().with(Clock.class, () -> 42L);

    private static void refused(Runnable call, String message) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ServerApiException.class,
                e -> assertThat(e.getErrorCode()).isEqualTo(ApiErrorCode.PARAM_ERROR)).hasMessage(message);
    }

    @Test
    void parametersAreConvertedByTheirType() {
        DoThingCmd cmd = api.run(DoThingCmd.class, Map.of("name", "n1", "count", "3", "size", "9000000000",
                "enabled", "TRUE", "tags", "a,b,,c"));

        assertThat(cmd.clock.now()).isEqualTo(42L);
        assertThat(cmd.name).isEqualTo("n1");
        assertThat(cmd.count).isEqualTo(3);
        assertThat(cmd.size).isEqualTo(9_000_000_000L);
        assertThat(cmd.enabled).isTrue();
        assertThat(cmd.tags).containsExactly("a", "b", "c");
        assertThat(((SuccessResponse) cmd.getResponseObject()).getResponseName()).isEqualTo("dothingresponse");
    }

    @Test
    void anEmptyListValueIsAnEmptyList() {
        assertThat(api.run(DoThingCmd.class, Map.of("name", "n1", "tags", "")).tags).isEmpty();
    }

    @Test
    void badParametersAreParamErrorsNamingThem() {
        refused(() -> api.run(DoThingCmd.class, Map.of()),
                "Unable to execute API command dothing due to missing parameter name");
        refused(() -> api.run(DoThingCmd.class, Map.of("name", "n1", "count", "three")),
                "Unable to execute API command dothing due to invalid value three for parameter count");
        refused(() -> api.run(DoThingCmd.class, Map.of("name", "toolong")),
                "Unable to execute API command dothing due to invalid value. Value greater than max allowed length 5 "
                        + "for param: name");
        refused(() -> api.run(DoThingCmd.class, Map.of("name", "n1", "colour", "red")),
                "Unknown parameters for command dothing: colour");
    }

    @Test
    void aMissingBeanIsAWiringError() {
        assertThatThrownBy(() -> new ApiCommandRunner().run(DoThingCmd.class, Map.of("name", "n1")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no bean of type");
    }

    @Test
    void listCommandsGetPagingAsCloudStackComputesIt() {
        ListThingsCmd cmd = api.run(ListThingsCmd.class, Map.of("page", "3", "pagesize", "20", "keyword", "k"));

        assertThat(cmd.start).isEqualTo(40L);
        assertThat(cmd.size).isEqualTo(20L);
        refused(() -> api.run(ListThingsCmd.class, Map.of("page", "1", "pagesize", "501")),
                "Page size can't exceed max allowed page size value: 500");
    }
}
