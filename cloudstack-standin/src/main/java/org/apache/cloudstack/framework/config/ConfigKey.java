// Stand-in for the Apache CloudStack 4.22 API: compile-time only, never packaged.
// Every public member is checked against the javap listing of the real API (SignatureChecker).
package org.apache.cloudstack.framework.config;

import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A setting. In CloudStack value() reads the global value through the ConfigDepot; the stand-in has no depot and
 * returns the default value, parsed to the key's type (which is also what the real class does without a depot).
 */
public class ConfigKey<T> {
    public static final String CATEGORY_ADVANCED = "Advanced";
    public static final String CATEGORY_ALERT = "Alert";
    public static final String CATEGORY_NETWORK = "Network";
    public static final String CATEGORY_SYSTEM = "System";

    private final String category;
    private final Class<T> type;
    private final String name;
    private final String defaultValue;
    private final String description;
    private final boolean isDynamic;
    private final List<Scope> scopes;

    public ConfigKey(String category, Class<T> type, String name, String defaultValue, String description,
            boolean isDynamic, Scope scope) {
        this.category = category;
        this.type = type;
        this.name = name;
        this.defaultValue = defaultValue;
        this.description = description;
        this.isDynamic = isDynamic;
        this.scopes = scope == null ? Collections.emptyList() : List.of(scope);
    }

    public ConfigKey(String category, Class<T> type, String name, String defaultValue, String description,
            boolean isDynamic) {
        this(category, type, name, defaultValue, description, isDynamic, Scope.Global);
    }

    public String category() {
        return category;
    }

    public Class<T> type() {
        return type;
    }

    public final String key() {
        return name;
    }

    public String defaultValue() {
        return defaultValue;
    }

    public String description() {
        return description;
    }

    public List<Scope> getScopes() {
        return scopes;
    }

    public boolean isDynamic() {
        return isDynamic;
    }

    public T value() {
        return parse(defaultValue);
    }

    public T valueIn(Long id) {
        return value();
    }

    @Override
    public String toString() {
        return name;
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(name);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof ConfigKey && Objects.equals(name, ((ConfigKey<?>) obj).name);
    }

    private T parse(String text) {
        if (text == null) {
            return null;
        }
        Object parsed;
        if (type == String.class) {
            parsed = text;
        } else if (type == Integer.class) {
            parsed = Integer.valueOf(text);
        } else if (type == Long.class) {
            parsed = Long.valueOf(text);
        } else if (type == Short.class) {
            parsed = Short.valueOf(text);
        } else if (type == Boolean.class) {
            parsed = Boolean.valueOf(text);
        } else if (type == Double.class) {
            parsed = Double.valueOf(text);
        } else if (type == Float.class) {
            parsed = Float.valueOf(text);
        } else {
            throw new UnsupportedOperationException("stand-in ConfigKey cannot parse values of " + type);
        }
        return type.cast(parsed);
    }

    public enum Scope {
        Global, Zone, Cluster, StoragePool, ManagementServer, ImageStore, Domain, Account
    }
}
