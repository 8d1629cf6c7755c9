package io.dosql.query.plugin;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A plugin whose only change to result rows is renaming columns, one label at a time; knowing that, the
 * executor can rename a result's labels once and read rows straight into records, without a row map.
 */
public interface ColumnRenamingPlugin extends QueryPlugin {

    /** The name a result column with {@code label} gets in mapped rows. */
    String renameColumn(String label);

    @Override
    default Map<String, Object> transformResult(Map<String, Object> row) {
        Map<String, Object> result = new LinkedHashMap<>(row.size() * 2);
        for (Map.Entry<String, Object> entry : row.entrySet()) {
            result.put(renameColumn(entry.getKey()), entry.getValue());
        }
        return result;
    }
}
