package org.netboot6.standin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.Serializable;
import java.lang.reflect.Field;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.cloudstack.acl.RoleType;
import org.apache.cloudstack.api.APICommand;
import org.apache.cloudstack.api.ApiErrorCode;
import org.apache.cloudstack.api.BaseListCmd;
import org.apache.cloudstack.api.Parameter;
import org.apache.cloudstack.api.ServerApiException;
import org.apache.cloudstack.api.response.SuccessResponse;
import org.apache.cloudstack.context.CallContext;
import org.apache.cloudstack.framework.config.ConfigKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.cloud.exception.InvalidParameterValueException;
import com.cloud.user.Account;
import com.cloud.utils.db.EntityManager;
import com.cloud.utils.db.GlobalLock;

/** The few behaviours of the stand-in that command tests rely on, as CloudStack 4.22 implements them. */
class StandInBehaviourTest {

    @APICommand(name = "listThings", responseObject = SuccessResponse.class, authorized = {RoleType.Admin})
    static class ListThingsCmd extends BaseListCmd {
        @Parameter(name = "zone", description = "a zone")
        private String zone;

        @Parameter(name = "secret", description = "admins only", authorized = {RoleType.Admin})
        private String secret;

        @Parameter(name = "hidden", expose = false)
        private String hidden;

        @Override
        public void execute() {
        }
    }

    private final ListThingsCmd cmd = new ListThingsCmd();

    @BeforeEach
    void configure() {
        cmd.configure();
    }

    @AfterEach
    void unregister() {
        CallContext.unregisterAll();
    }

    private void set(String field, Object value) throws Exception {
        Field f = BaseListCmd.class.getDeclaredField(field);
        f.setAccessible(true);
        f.set(cmd, value);
    }

    @Test
    void theCommandNameIsTheLowerCasedApiNameWithResponse() {
        assertThat(cmd.getActualCommandName()).isEqualTo("listThings");
        assertThat(cmd.getCommandName()).isEqualTo("listthingsresponse");
    }

    @Test
    void withoutPagingTheFirstPageHasTheDefaultPageSize() {
        assertThat(cmd.getStartIndex()).isEqualTo(0L);
        assertThat(cmd.getPageSizeVal()).isEqualTo(500L);
    }

    @Test
    void pageThreeOfTwentyStartsAtForty() throws Exception {
        set("page", 3);
        set("pageSize", 20);

        assertThat(cmd.getStartIndex()).isEqualTo(40L);
        assertThat(cmd.getPageSizeVal()).isEqualTo(20L);
    }

    @Test
    void pageSizeMinusOneMeansUnlimited() throws Exception {
        set("pageSize", -1);

        assertThat(cmd.getPageSizeVal()).isNull();
        assertThat(cmd.getStartIndex()).isNull();
    }

    @Test
    void aPageSizeAboveTheMaximumIsRefused() throws Exception {
        set("page", 1);
        set("pageSize", 501);

        assertThatThrownBy(cmd::getPageSizeVal).isInstanceOf(InvalidParameterValueException.class)
                .hasMessageContaining("500");
    }

    @Test
    void pageAndPageSizeGoTogether() {
        assertThatThrownBy(() -> cmd.validateSpecificParameters(Map.of("pagesize", "10")))
                .isInstanceOfSatisfying(ServerApiException.class,
                        e -> assertThat(e.getErrorCode()).isEqualTo(ApiErrorCode.PARAM_ERROR))
                .hasMessage("\"page\" parameter is required when \"pagesize\" is specified");
        assertThatThrownBy(() -> cmd.validateSpecificParameters(Map.of("page", "1")))
                .isInstanceOfSatisfying(ServerApiException.class,
                        e -> assertThat(e.getErrorCode()).isEqualTo(ApiErrorCode.PARAM_ERROR))
                .hasMessage("\"pagesize\" parameter is required when \"page\" is specified");
        cmd.validateSpecificParameters(Map.of("page", "1", "pagesize", "10"));
        cmd.validateSpecificParameters(Map.of("pagesize", "-1"));
    }

    @Test
    void paramFieldsAreTheExposedOnesTheCallerMayPass() {
        CallContext.init(entityManagerWith(account(Account.Type.NORMAL)));
        CallContext.register(2L, 5L);
        assertThat(names(cmd)).containsExactlyInAnyOrder("zone", "keyword", "page", "pagesize");

        CallContext.unregister();
        CallContext.init(entityManagerWith(account(Account.Type.ADMIN)));
        CallContext.register(2L, 5L);
        assertThat(names(cmd)).containsExactlyInAnyOrder("zone", "secret", "keyword", "page", "pagesize");
    }

    @Test
    void paramFieldsNeedACallContext() {
        assertThatThrownBy(cmd::getParamFields).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void errorCodesPrintAsTheirHttpStatus() {
        assertThat(ApiErrorCode.PARAM_ERROR.getHttpCode()).isEqualTo(431);
        assertThat(ApiErrorCode.PARAM_ERROR).hasToString("431");
        assertThat(new ServerApiException(ApiErrorCode.PARAM_ERROR, "bad mac")).hasMessage("bad mac");
    }

    @Test
    void aConfigKeyWithoutDepotAnswersItsParsedDefault() {
        ConfigKey<Integer> port = new ConfigKey<>("Advanced", Integer.class, "netboot6.http.port", "8250",
                "port", false, ConfigKey.Scope.Global);

        assertThat(port.value()).isEqualTo(8250);
        assertThat(port.key()).isEqualTo("netboot6.http.port");
    }

    @Test
    void aGlobalLockIsHeldByOneThreadAtATime() throws Exception {
        GlobalLock lock = GlobalLock.getInternLock("netboot6-test");
        try {
            assertThat(lock.lock(1)).isTrue();
            boolean[] other = new boolean[1];
            Thread thread = new Thread(() -> {
                GlobalLock same = GlobalLock.getInternLock("netboot6-test");
                other[0] = same.lock(0);
                same.releaseRef();
            });
            thread.start();
            thread.join();
            assertThat(other[0]).isFalse();
            assertThat(lock.unlock()).isTrue();
        } finally {
            lock.releaseRef();
        }
    }

    private static java.util.List<String> names(BaseListCmd command) {
        return command.getParamFields().stream().map(f -> f.getAnnotation(Parameter.class).name())
                .collect(Collectors.toList());
    }

    private static Account account(Account.Type type) {
        return new Account() {
            @Override
            public String getAccountName() {
                return "acct";
            }

            @Override
            public Type getType() {
                return type;
            }

            @Override
            public String getUuid() {
                return "5d8f0e3c-0000-4000-8000-000000000005";
            }

            @Override
            public long getId() {
                return 5L;
            }
        };
    }

    private static EntityManager entityManagerWith(Account account) {
        return new EntityManager() {
            @Override
            public <T, K extends Serializable> T findById(Class<T> type, K id) {
                return type == Account.class && Long.valueOf(account.getId()).equals(id) ? type.cast(account) : null;
            }

            @Override
            public <T> T findByUuid(Class<T> type, String uuid) {
                return null;
            }

            @Override
            public <T> T findByUuidIncludingRemoved(Class<T> type, String uuid) {
                return null;
            }

            @Override
            public <T, K extends Serializable> T findByIdIncludingRemoved(Class<T> type, K id) {
                return null;
            }
        };
    }
}
