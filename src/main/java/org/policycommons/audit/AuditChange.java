package org.policycommons.audit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * One field an admin action changed, for reading: its name and its value before and after, as text ("" for none).
 * Worked out from an entry's JSON at reading time; the stored JSON stays the record.
 *
 * @param field the field's name as stored, e.g. {@code opensOn}; empty when the values are not objects
 */
public record AuditChange(String field, String before, String after) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The fields whose values differ, in the order they were written; a field only on one side counts. */
    static List<AuditChange> between(String beforeJson, String afterJson) {
        JsonNode before = parse(beforeJson);
        JsonNode after = parse(afterJson);
        List<AuditChange> changes = new ArrayList<>();
        if ((before.isObject() || before.isMissingNode()) && (after.isObject() || after.isMissingNode())) {
            Set<String> fields = new LinkedHashSet<>(before.propertyNames());
            fields.addAll(after.propertyNames());
            for (String field : fields) {
                JsonNode was = before.path(field);
                JsonNode is = after.path(field);
                if (!text(was).equals(text(is))) {
                    changes.add(new AuditChange(field, text(was), text(is)));
                }
            }
        } else if (!text(before).equals(text(after))) {
            changes.add(new AuditChange("", text(before), text(after)));
        }
        return changes;
    }

    private static JsonNode parse(String json) {
        if (json == null || json.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            return JSON.readTree(json);
        } catch (JacksonException e) {
            // Not JSON after all: show it as it was written.
            return JSON.getNodeFactory().textNode(json);
        }
    }

    /** Plain text for a value: strings without quotes, numbers and booleans as written, lists and objects compact. */
    private static String text(JsonNode value) {
        if (value.isMissingNode() || value.isNull()) {
            return "";
        }
        if (value.isValueNode()) {
            return value.asString();
        }
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(item -> items.add(text(item)));
            return "[" + String.join("; ", items) + "]";
        }
        List<String> parts = new ArrayList<>();
        value.properties().forEach(entry -> {
            String shown = text(entry.getValue());
            if (!shown.isEmpty()) {
                parts.add(entry.getKey() + " " + shown);
            }
        });
        return "(" + String.join(", ", parts) + ")";
    }
}
