package org.netboot6.cloudstack.harness;

import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringTokenizer;
import java.util.TreeSet;

import javax.inject.Inject;

import org.apache.cloudstack.api.ApiErrorCode;
import org.apache.cloudstack.api.BaseAsyncCmd;
import org.apache.cloudstack.api.BaseCmd;
import org.apache.cloudstack.api.BaseCmd.CommandType;
import org.apache.cloudstack.api.Parameter;
import org.apache.cloudstack.api.ServerApiException;
import org.apache.cloudstack.context.CallContext;

import com.cloud.exception.InvalidParameterValueException;
import com.cloud.user.Account;
import com.cloud.utils.db.EntityManager;

/**
 * Runs API command classes the way CloudStack's dispatcher does, without CloudStack: creates the command, injects
 * beans into its {@code @Inject} fields (and BaseCmd's public {@code _entityMgr}), calls {@code configure()}, fills
 * the {@link Parameter} fields from a map of strings as {@code ParamProcessWorker} does (missing required parameter and
 * malformed numbers: PARAM_ERROR 431 naming the parameter; STRING longer than its length; LIST split on commas), runs
 * {@code validateSpecificParameters} and {@code execute()} as an admin, and answers
 * InvalidParameterValueException with PARAM_ERROR as ApiServer does.
 * <p>
 * One deliberate difference: an unknown parameter is refused with PARAM_ERROR, where CloudStack only logs a warning
 * (ParamGenericValidationWorker); a misspelt parameter in a test should fail the test, not be ignored.
 */
public final class ApiCommandRunner {
    /** Parameters every request may carry besides the command's own (ApiServer and ParamGenericValidationWorker). */
    private static final Set<String> GENERIC = Set.of("command", "response", "sessionkey", "apikey", "signature",
            "expires", "signatureversion", "ctxstartevent", "ctxdetails", "ctxaccountid", "uuid", "ctxuserid",
            "_", "projectid");
    private static final long ADMIN_USER_ID = 2L;

    private final Map<Class<?>, Object> beans = new HashMap<>();

    /** Makes {@code bean} available for injection as {@code type}. */
    public <T> ApiCommandRunner with(Class<T> type, T bean) {
        beans.put(type, bean);
        return this;
    }

    /** Runs the command with these request parameters and returns its response object. */
    public Object execute(Class<? extends BaseCmd> type, Map<String, String> params) {
        return run(type, params).getResponseObject();
    }

    /** Runs the command and returns the response object as {@code responseType}. */
    public <R> R execute(Class<? extends BaseCmd> type, Map<String, String> params, Class<R> responseType) {
        return responseType.cast(execute(type, params));
    }

    /** Runs the command and returns it (for its response object and, for async commands, its event). */
    public <C extends BaseCmd> C run(Class<C> type, Map<String, String> params) {
        CallContext.init(adminOnly());
        CallContext.register(ADMIN_USER_ID, Account.ACCOUNT_ID_ADMIN);
        try {
            C cmd = create(type);
            inject(cmd);
            cmd.configure();
            processParameters(cmd, params);
            cmd.validateSpecificParameters(params);
            if (cmd instanceof BaseAsyncCmd) {
                BaseAsyncCmd async = (BaseAsyncCmd) cmd;
                if (async.getEventType() == null || async.getEventDescription() == null) {
                    throw new IllegalStateException(type.getSimpleName() + " has no event type or description");
                }
            }
            cmd.execute();
            return cmd;
        } catch (InvalidParameterValueException e) {
            throw new ServerApiException(ApiErrorCode.PARAM_ERROR, e.getMessage(), e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("command " + type.getSimpleName() + " failed: " + e, e);
        } finally {
            CallContext.unregister();
        }
    }

    private static <C extends BaseCmd> C create(Class<C> type) {
        try {
            return type.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("CloudStack cannot instantiate " + type.getName() + ": " + e, e);
        }
    }

    private void inject(BaseCmd cmd) throws IllegalAccessException {
        for (Class<?> c = cmd.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                boolean injected = f.isAnnotationPresent(Inject.class)
                        || c == BaseCmd.class && Modifier.isPublic(f.getModifiers()) && !Modifier.isStatic(f.getModifiers());
                if (!injected) {
                    continue;
                }
                Object bean = bean(f.getType());
                if (bean == null && f.isAnnotationPresent(Inject.class)) {
                    throw new IllegalStateException("no bean of type " + f.getType().getName() + " to inject into "
                            + c.getSimpleName() + "." + f.getName());
                }
                if (bean != null) {
                    f.setAccessible(true);
                    f.set(cmd, bean);
                }
            }
        }
    }

    private Object bean(Class<?> type) {
        Object exact = beans.get(type);
        if (exact != null) {
            return exact;
        }
        for (Map.Entry<Class<?>, Object> e : beans.entrySet()) {
            if (type.isAssignableFrom(e.getKey())) {
                return e.getValue();
            }
        }
        return null;
    }

    private static void processParameters(BaseCmd cmd, Map<String, String> params) throws IllegalAccessException {
        String command = cmd.getActualCommandName().toLowerCase();
        Set<String> known = new TreeSet<>(GENERIC);
        for (Field field : cmd.getParamFields()) {
            Parameter p = field.getAnnotation(Parameter.class);
            known.add(p.name());
            String value = params.get(p.name());
            if (value == null) {
                if (p.required()) {
                    throw new ServerApiException(ApiErrorCode.PARAM_ERROR, "Unable to execute API command " + command
                            + " due to missing parameter " + p.name());
                }
                continue;
            }
            try {
                field.setAccessible(true);
                field.set(cmd, convert(p, field, value));
            } catch (InvalidParameterValueException e) {
                throw new ServerApiException(ApiErrorCode.PARAM_ERROR, "Unable to execute API command " + command
                        + " due to invalid value. " + e.getMessage());
            } catch (IllegalArgumentException e) {
                throw new ServerApiException(ApiErrorCode.PARAM_ERROR, "Unable to execute API command " + command
                        + " due to invalid value " + value + " for parameter " + p.name());
            }
        }
        Set<String> unknown = new TreeSet<>(params.keySet());
        unknown.removeAll(known);
        if (!unknown.isEmpty()) {
            throw new ServerApiException(ApiErrorCode.PARAM_ERROR, "Unknown parameters for command " + command + ": "
                    + String.join(", ", unknown));
        }
    }

    /** As ParamProcessWorker.setFieldValue; NumberFormatException is an IllegalArgumentException. */
    private static Object convert(Parameter p, Field field, String value) {
        switch (p.type()) {
            case BOOLEAN:
                return Boolean.valueOf(value);
            case INTEGER:
                return value.isBlank() ? null : Integer.valueOf(value);
            case LONG:
                return Long.valueOf(value);
            case SHORT:
                return Short.valueOf(value);
            case FLOAT:
                return value.isBlank() ? null : Float.valueOf(value);
            case DOUBLE:
                return value.isBlank() ? null : Double.valueOf(value);
            case STRING:
                if (value.length() > p.length()) {
                    throw new InvalidParameterValueException("Value greater than max allowed length " + p.length()
                            + " for param: " + field.getName());
                }
                return value;
            case LIST:
                return list(p, value);
            default:
                throw new IllegalStateException("the harness does not convert " + p.type() + " (parameter " + p.name()
                        + "); netboot6's own ids are STRING");
        }
    }

    private static List<Object> list(Parameter p, String value) {
        List<Object> items = new ArrayList<>();
        StringTokenizer tokens = new StringTokenizer(value, ",");
        while (tokens.hasMoreTokens()) {
            String token = tokens.nextToken();
            CommandType type = p.collectionType();
            switch (type) {
                case STRING:
                    items.add(token);
                    break;
                case INTEGER:
                    items.add(Integer.valueOf(token));
                    break;
                case LONG:
                    items.add(Long.valueOf(token));
                    break;
                default:
                    throw new IllegalStateException("the harness does not convert lists of " + type);
            }
        }
        return items;
    }

    /** Resolves the calling account for CallContext: one root admin. */
    private static EntityManager adminOnly() {
        return new EntityManager() {
            @Override
            public <T, K extends Serializable> T findById(Class<T> type, K id) {
                return type == Account.class && Long.valueOf(Account.ACCOUNT_ID_ADMIN).equals(id) ? type.cast(ADMIN) : null;
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
                return findById(type, id);
            }
        };
    }

    private static final Account ADMIN = new Account() {
        @Override
        public String getAccountName() {
            return "admin";
        }

        @Override
        public Type getType() {
            return Type.ADMIN;
        }

        @Override
        public String getUuid() {
            return "00000000-0000-4000-8000-000000000002";
        }

        @Override
        public long getId() {
            return Account.ACCOUNT_ID_ADMIN;
        }
    };
}
