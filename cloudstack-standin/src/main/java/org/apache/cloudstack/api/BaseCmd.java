// Stand-in for the Apache CloudStack 4.22 API: compile-time only, never packaged.
// Every public member is checked against the javap listing of the real API (SignatureChecker).
package org.apache.cloudstack.api;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.cloudstack.acl.RoleType;
import org.apache.cloudstack.context.CallContext;

import com.cloud.exception.ConcurrentOperationException;
import com.cloud.exception.InsufficientCapacityException;
import com.cloud.exception.NetworkRuleConflictException;
import com.cloud.exception.ResourceAllocationException;
import com.cloud.exception.ResourceUnavailableException;
import com.cloud.user.Account;
import com.cloud.utils.db.EntityManager;
import com.cloud.vm.UserVmService;

/**
 * Base of every API command. The dispatcher creates the command, injects it, calls {@link #configure()},
 * fills the {@link Parameter} fields returned by {@link #getParamFields()}, calls
 * {@link #validateSpecificParameters(Map)} and then {@link #execute()}.
 */
public abstract class BaseCmd {
    public static final String RESPONSE_SUFFIX = "response";
    public static final String RESPONSE_TYPE_XML = "xml";
    public static final String RESPONSE_TYPE_JSON = "json";
    public static final String USER_ERROR_MESSAGE =
            "Internal error executing command, please contact your system administrator";

    public enum CommandType {
        BOOLEAN, DATE, FLOAT, DOUBLE, INTEGER, SHORT, LIST, LONG, OBJECT, MAP, STRING, UUID
    }

    /** Injected by CloudStack (public field, as in the real class). */
    public UserVmService _userVmService;
    /** Injected by CloudStack (public field, as in the real class). */
    public EntityManager _entityMgr;

    private Object responseObject;
    private Map<String, String> fullUrlParams;

    public BaseCmd() {
    }

    public abstract void execute() throws ResourceUnavailableException, InsufficientCapacityException,
            ServerApiException, ConcurrentOperationException, ResourceAllocationException,
            NetworkRuleConflictException;

    public void configure() {
    }

    /** The {@link APICommand#name()} of the class, or the class name without the annotation. */
    public static String getCommandNameByClass(Class<?> clazz) {
        APICommand api = clazz.getAnnotation(APICommand.class);
        return api != null && api.name() != null ? api.name() : clazz.getName();
    }

    public String getActualCommandName() {
        return getCommandNameByClass(getClass());
    }

    /** Concrete since CloudStack 4.18: the lower-cased command name followed by "response". */
    public String getCommandName() {
        return getResponseNameByClass(getClass());
    }

    public static String getResponseNameByClass(Class<?> clazz) {
        return getCommandNameByClass(clazz).toLowerCase() + RESPONSE_SUFFIX;
    }

    public abstract long getEntityOwnerId();

    public List<Long> getEntityOwnerIds() {
        return null;
    }

    public Object getResponseObject() {
        return responseObject;
    }

    public void setResponseObject(Object responseObject) {
        this.responseObject = responseObject;
    }

    /**
     * The exposed {@link Parameter} fields of this command and its superclasses below BaseCmd, without those whose
     * {@link Parameter#authorized()} roles exclude the calling account (needs a registered {@link CallContext}).
     */
    public List<Field> getParamFields() {
        List<Field> exposed = new ArrayList<>();
        for (Class<?> c = getClass(); c != null && c != BaseCmd.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                Parameter parameter = field.getAnnotation(Parameter.class);
                if (parameter != null && parameter.expose()) {
                    exposed.add(field);
                }
            }
        }
        CallContext context = CallContext.current();
        if (context == null) {
            throw new IllegalStateException("BaseCmd.getParamFields() needs a registered CallContext");
        }
        Account caller = context.getCallingAccount();
        List<Field> allowed = new ArrayList<>();
        for (Field field : exposed) {
            RoleType[] roles = field.getAnnotation(Parameter.class).authorized();
            boolean isAllowed = roles.length == 0;
            for (RoleType role : roles) {
                isAllowed |= role.getAccountType() == caller.getType();
            }
            if (isAllowed) {
                allowed.add(field);
            }
        }
        return allowed;
    }

    public void setFullUrlParams(Map<String, String> fullUrlParams) {
        this.fullUrlParams = fullUrlParams;
    }

    public Map<String, String> getFullUrlParams() {
        return fullUrlParams;
    }

    /** Hook for command-specific checks of the raw request parameters; nothing by default. */
    public void validateSpecificParameters(Map<String, String> params) {
    }
}
