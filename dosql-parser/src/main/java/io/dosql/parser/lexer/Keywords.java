package io.dosql.parser.lexer;

import java.util.HashMap;
import java.util.Map;

/**
 * PostgreSQL 15's keyword table ({@code pg_get_keywords()}): each keyword's category, which decides
 * where it may be used as a name, and whether it may be a column alias without AS.
 */
public final class Keywords {
    /** PostgreSQL's keyword categories (catcode U, C, T, R). */
    public enum Category {
        /** Usable as any name. */
        UNRESERVED,
        /** Usable as a column or table name but not as a function or type name (e.g. {@code values}, {@code int}). */
        COLUMN_NAME,
        /** Usable as a function or type name but not as a column or table name (e.g. {@code left}, {@code join}). */
        TYPE_FUNCTION_NAME,
        /** Never usable as a name unless quoted (e.g. {@code select}, {@code from}). */
        RESERVED
    }

    /** word:catcode:b|n as printed by {@code select word, catcode, barelabel from pg_get_keywords()}. */
    private static final String TABLE = """
            abort:U:b absolute:U:b access:U:b action:U:b add:U:b admin:U:b after:U:b aggregate:U:b all:R:b
            also:U:b alter:U:b always:U:b analyse:R:b analyze:R:b and:R:b any:R:b array:R:n as:R:n asc:R:b
            asensitive:U:b assertion:U:b assignment:U:b asymmetric:R:b at:U:b atomic:U:b attach:U:b
            attribute:U:b authorization:T:b backward:U:b before:U:b begin:U:b between:C:b bigint:C:b binary:T:b
            bit:C:b boolean:C:b both:R:b breadth:U:b by:U:b cache:U:b call:U:b called:U:b cascade:U:b
            cascaded:U:b case:R:b cast:R:b catalog:U:b chain:U:b char:C:n character:C:n characteristics:U:b
            check:R:b checkpoint:U:b class:U:b close:U:b cluster:U:b coalesce:C:b collate:R:b collation:T:b
            column:R:b columns:U:b comment:U:b comments:U:b commit:U:b committed:U:b compression:U:b
            concurrently:T:b configuration:U:b conflict:U:b connection:U:b constraint:R:b constraints:U:b
            content:U:b continue:U:b conversion:U:b copy:U:b cost:U:b create:R:n cross:T:b csv:U:b cube:U:b
            current:U:b current_catalog:R:b current_date:R:b current_role:R:b current_schema:T:b
            current_time:R:b current_timestamp:R:b current_user:R:b cursor:U:b cycle:U:b data:U:b database:U:b
            day:U:n deallocate:U:b dec:C:b decimal:C:b declare:U:b default:R:b defaults:U:b deferrable:R:b
            deferred:U:b definer:U:b delete:U:b delimiter:U:b delimiters:U:b depends:U:b depth:U:b desc:R:b
            detach:U:b dictionary:U:b disable:U:b discard:U:b distinct:R:b do:R:b document:U:b domain:U:b
            double:U:b drop:U:b each:U:b else:R:b enable:U:b encoding:U:b encrypted:U:b end:R:b enum:U:b
            escape:U:b event:U:b except:R:n exclude:U:b excluding:U:b exclusive:U:b execute:U:b exists:C:b
            explain:U:b expression:U:b extension:U:b external:U:b extract:C:b false:R:b family:U:b fetch:R:n
            filter:U:n finalize:U:b first:U:b float:C:b following:U:b for:R:n force:U:b foreign:R:b forward:U:b
            freeze:T:b from:R:n full:T:b function:U:b functions:U:b generated:U:b global:U:b grant:R:n
            granted:U:b greatest:C:b group:R:n grouping:C:b groups:U:b handler:U:b having:R:n header:U:b
            hold:U:b hour:U:n identity:U:b if:U:b ilike:T:b immediate:U:b immutable:U:b implicit:U:b import:U:b
            in:R:b include:U:b including:U:b increment:U:b index:U:b indexes:U:b inherit:U:b inherits:U:b
            initially:R:b inline:U:b inner:T:b inout:C:b input:U:b insensitive:U:b insert:U:b instead:U:b
            int:C:b integer:C:b intersect:R:n interval:C:b into:R:n invoker:U:b is:T:b isnull:T:n isolation:U:b
            join:T:b key:U:b label:U:b language:U:b large:U:b last:U:b lateral:R:b leading:R:b leakproof:U:b
            least:C:b left:T:b level:U:b like:T:b limit:R:n listen:U:b load:U:b local:U:b localtime:R:b
            localtimestamp:R:b location:U:b lock:U:b locked:U:b logged:U:b mapping:U:b match:U:b matched:U:b
            materialized:U:b maxvalue:U:b merge:U:b method:U:b minute:U:n minvalue:U:b mode:U:b month:U:n
            move:U:b name:U:b names:U:b national:C:b natural:T:b nchar:C:b new:U:b next:U:b nfc:U:b nfd:U:b
            nfkc:U:b nfkd:U:b no:U:b none:C:b normalize:C:b normalized:U:b not:R:b nothing:U:b notify:U:b
            notnull:T:n nowait:U:b null:R:b nullif:C:b nulls:U:b numeric:C:b object:U:b of:U:b off:U:b
            offset:R:n oids:U:b old:U:b on:R:n only:R:b operator:U:b option:U:b options:U:b or:R:b order:R:n
            ordinality:U:b others:U:b out:C:b outer:T:b over:U:n overlaps:T:n overlay:C:b overriding:U:b
            owned:U:b owner:U:b parallel:U:b parameter:U:b parser:U:b partial:U:b partition:U:b passing:U:b
            password:U:b placing:R:b plans:U:b policy:U:b position:C:b preceding:U:b precision:C:n prepare:U:b
            prepared:U:b preserve:U:b primary:R:b prior:U:b privileges:U:b procedural:U:b procedure:U:b
            procedures:U:b program:U:b publication:U:b quote:U:b range:U:b read:U:b real:C:b reassign:U:b
            recheck:U:b recursive:U:b ref:U:b references:R:b referencing:U:b refresh:U:b reindex:U:b
            relative:U:b release:U:b rename:U:b repeatable:U:b replace:U:b replica:U:b reset:U:b restart:U:b
            restrict:U:b return:U:b returning:R:n returns:U:b revoke:U:b right:T:b role:U:b rollback:U:b
            rollup:U:b routine:U:b routines:U:b row:C:b rows:U:b rule:U:b savepoint:U:b schema:U:b schemas:U:b
            scroll:U:b search:U:b second:U:n security:U:b select:R:b sequence:U:b sequences:U:b
            serializable:U:b server:U:b session:U:b session_user:R:b set:U:b setof:C:b sets:U:b share:U:b
            show:U:b similar:T:b simple:U:b skip:U:b smallint:C:b snapshot:U:b some:R:b sql:U:b stable:U:b
            standalone:U:b start:U:b statement:U:b statistics:U:b stdin:U:b stdout:U:b storage:U:b stored:U:b
            strict:U:b strip:U:b subscription:U:b substring:C:b support:U:b symmetric:R:b sysid:U:b system:U:b
            table:R:b tables:U:b tablesample:T:b tablespace:U:b temp:U:b template:U:b temporary:U:b text:U:b
            then:R:b ties:U:b time:C:b timestamp:C:b to:R:n trailing:R:b transaction:U:b transform:U:b
            treat:C:b trigger:U:b trim:C:b true:R:b truncate:U:b trusted:U:b type:U:b types:U:b uescape:U:b
            unbounded:U:b uncommitted:U:b unencrypted:U:b union:R:n unique:R:b unknown:U:b unlisten:U:b
            unlogged:U:b until:U:b update:U:b user:R:b using:R:b vacuum:U:b valid:U:b validate:U:b
            validator:U:b value:U:b values:C:b varchar:C:b variadic:R:b varying:U:n verbose:T:b version:U:b
            view:U:b views:U:b volatile:U:b when:R:b where:R:n whitespace:U:b window:R:n with:R:n within:U:n
            without:U:n work:U:b wrapper:U:b write:U:b xml:U:b xmlattributes:C:b xmlconcat:C:b xmlelement:C:b
            xmlexists:C:b xmlforest:C:b xmlnamespaces:C:b xmlparse:C:b xmlpi:C:b xmlroot:C:b xmlserialize:C:b
            xmltable:C:b year:U:n yes:U:b zone:U:b
            """;

    private static final Map<String, Category> CATEGORIES = new HashMap<>(1024);
    private static final Map<String, Boolean> BARE_LABELS = new HashMap<>(1024);

    static {
        for (String entry : TABLE.trim().split("\\s+")) {
            String[] fields = entry.split(":");
            Category category = switch (fields[1]) {
                case "U" -> Category.UNRESERVED;
                case "C" -> Category.COLUMN_NAME;
                case "T" -> Category.TYPE_FUNCTION_NAME;
                case "R" -> Category.RESERVED;
                default -> throw new IllegalStateException("bad keyword entry " + entry);
            };
            CATEGORIES.put(fields[0], category);
            BARE_LABELS.put(fields[0], fields[2].equals("b"));
        }
    }

    private Keywords() {
    }

    /** The category of a lower-case word, or null when it is not a keyword. */
    public static Category category(String lowerCaseWord) {
        return CATEGORIES.get(lowerCaseWord);
    }

    /** Whether a lower-case word may follow an expression as its alias without AS. */
    public static boolean isBareLabel(String lowerCaseWord) {
        Boolean bare = BARE_LABELS.get(lowerCaseWord);
        return bare == null || bare;
    }
}
