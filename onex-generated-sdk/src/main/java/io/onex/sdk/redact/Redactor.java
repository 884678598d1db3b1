package io.onex.sdk.redact;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces secrets in free-form values with {@value #REDACTED}, as spec section 6.6 requires for
 * {@code onex.infra.error.detected.v1}: "payloads MUST redact secrets; hostnames/IPs allowed only
 * in internal environments". The generated payload codecs apply it to every field the schemas mark
 * {@code "x-onex-redact": true} whenever a payload is serialized; there are exactly two redactors,
 * {@link #strict()} and the internal environment's, and both redact secrets.
 *
 * <p>Secret keys: any map entry whose key, lower-cased with separators removed, contains
 * password, passwd, passphrase, secret, token, apikey, accesskey, privatekey, credential,
 * authorization, cookie, jaas, jwt or sessionid, or is pwd, pass, auth or dsn: its whole value goes.
 *
 * <p>Secret values, wherever they occur in a string: PEM private key blocks, bearer
 * credentials, HTTP Basic credentials, JWTs, AWS access key ids, well-known API token formats
 * (GitHub, Slack, Stripe, Google, {@code sk-}), {@code key=value} / {@code key: value} pairs with
 * a secret key, and the {@code user:password@} part of URLs.
 *
 * <p>Outside internal environments also: values of host keys (host, hostname, ip, address,
 * server, bootstrap_servers...), IPv4 and IPv6 literals, and dotted lower-case host names
 * ({@code db.example.com}, {@code postgres.svc.cluster.local}; not file names such as
 * {@code topics.yaml}, not Java class names such as {@code java.lang.IllegalStateException}).
 *
 * <p>Redaction errs on the side of removing too much: a dotted service name such as
 * {@code consul-adapter.production} is taken for a host name.
 */
public final class Redactor {

    /** What replaces every secret. */
    public static final String REDACTED = "[REDACTED]";

    private static final List<String> SECRET_KEY_PARTS = List.of("password", "passwd", "passphrase", "secret", "token",
            "apikey", "accesskey", "privatekey", "credential", "authorization", "cookie", "jaas", "jwt", "sessionid",
            "signingkey", "encryptionkey", "connectionstring", "userinfo");
    private static final Set<String> SECRET_KEYS = Set.of("pwd", "pass", "auth", "dsn");
    private static final Set<String> HOST_KEYS = Set.of("host", "hostname", "hostaddr", "hosts", "ip", "ipaddress",
            "ipaddr", "addr", "address", "remoteaddress", "remoteaddr", "remotehost", "localaddress", "server",
            "servers", "servername", "fqdn", "bootstrapservers", "brokers", "broker", "endpoint", "nodeaddress");

    private static final Pattern PEM_PRIVATE_KEY = Pattern.compile(
            "-----BEGIN [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----(?:.*?-----END [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----|.*)",
            Pattern.DOTALL);
    private static final Pattern JWT = Pattern.compile("\\beyJ[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]*");
    private static final Pattern BEARER = Pattern.compile("(?i)\\b(bearer)(\\s+)[A-Za-z0-9._~+/=-]+");
    private static final Pattern BASIC = Pattern.compile("(?i)\\b(basic)(\\s+)([A-Za-z0-9+/]{6,}={0,2})(?![A-Za-z0-9+/=])");
    private static final Pattern URL_USERINFO = Pattern.compile(
            "\\b([A-Za-z][A-Za-z0-9+.-]*://)([^/\\s?#]*@)");
    private static final Pattern KEY_VALUE = Pattern.compile("(?i)((?<![A-Za-z0-9])[A-Za-z0-9_.-]*"
            + "(?:password|passwd|passphrase|pwd|secret|token|api[_-]?key|access[_-]?key|private[_-]?key|credentials?"
            + "|authorization|auth(?![A-Za-z])|jaas|cookie|session[_-]?id)[A-Za-z0-9_.-]*[\"']?)(\\s*[=:]\\s*)"
            + "(\"[^\"]*\"?|'[^']*'?|[^\\s,;&)}\\]]+)");
    private static final Pattern KNOWN_TOKENS = Pattern.compile("\\b(?:"
            + "(?:AKIA|ASIA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|ABIA|ACCA)[A-Z0-9]{16}"
            + "|gh[pousr]_[A-Za-z0-9]{30,}"
            + "|github_pat_[A-Za-z0-9_]{20,}"
            + "|xox[abposr]-[A-Za-z0-9-]{10,}"
            + "|(?:sk|rk|pk)_(?:live|test)_[A-Za-z0-9]{16,}"
            + "|AIza[A-Za-z0-9_-]{35}"
            + "|sk-[A-Za-z0-9_-]{20,}"
            + "|glpat-[A-Za-z0-9_-]{20,}"
            + "|npm_[A-Za-z0-9]{36}"
            + ")(?![A-Za-z0-9_-])");
    private static final Pattern IPV4 = Pattern.compile(
            "(?<![0-9.])(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?![0-9]|\\.[0-9])");
    private static final Pattern IPV6_CANDIDATE = Pattern.compile("(?<![A-Za-z0-9_:.])(?:[0-9A-Fa-f]{0,4}:){2,7}"
            + "(?:(?:[0-9]{1,3}\\.){3}[0-9]{1,3}|[0-9A-Fa-f]{1,4})?(?:%[A-Za-z0-9]+)?(?![A-Za-z0-9_:])");
    private static final Pattern HOSTNAME = Pattern.compile(
            "(?<![A-Za-z0-9_.-])(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+([A-Za-z][A-Za-z0-9-]{0,61}[A-Za-z0-9])"
            + "(?![A-Za-z0-9_-]|\\.[A-Za-z0-9])");
    private static final Set<String> FILE_EXTENSIONS = Set.of("json", "yaml", "yml", "xml", "txt", "log", "java", "class",
            "jar", "properties", "conf", "cfg", "ini", "sql", "csv", "md", "html", "htm", "py", "js", "ts", "sh", "pem",
            "crt", "key", "toml", "gz", "zip", "tar", "avsc", "proto", "kt", "go", "rs", "pdf", "png", "jpg", "svg");

    private static final Redactor STRICT = new Redactor(false);
    private static final Redactor INTERNAL = new Redactor(true);

    private final boolean internalEnvironment;

    private Redactor(boolean internalEnvironment) {
        this.internalEnvironment = internalEnvironment;
    }

    /** Redacts secrets, hostnames and IPs: for every environment not marked internal. */
    public static Redactor strict() {
        return STRICT;
    }

    /** {@link #strict()}, or a redactor that keeps hostnames and IPs when the environment is internal. */
    public static Redactor forEnvironment(boolean internalEnvironment) {
        return internalEnvironment ? INTERNAL : STRICT;
    }

    public boolean internalEnvironment() {
        return internalEnvironment;
    }

    /** True when a map entry with this key holds a secret as a whole. */
    public boolean isSecretKey(String key) {
        String k = normalize(key);
        if (SECRET_KEYS.contains(k)) {
            return true;
        }
        for (String part : SECRET_KEY_PARTS) {
            if (k.contains(part)) {
                return true;
            }
        }
        return false;
    }

    /** True when a map entry with this key names a host or address. */
    public boolean isHostKey(String key) {
        return HOST_KEYS.contains(normalize(key));
    }

    /**
     * The value of a map entry with this key, redacted: the whole value when the key is secret
     * (or names a host, outside internal environments), else its contents recursively.
     */
    public Object redactEntry(String key, Object value) {
        if (value == null) {
            return null;
        }
        if (isSecretKey(key) || (!internalEnvironment && isHostKey(key))) {
            return REDACTED;
        }
        return redact(value);
    }

    /**
     * Redacts a free-form value: maps entry by entry, lists item by item, strings with
     * {@link #redactText}; numbers, booleans and null stay. The input is not modified.
     */
    public Object redact(Object value) {
        if (value instanceof String s) {
            return redactText(s);
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), redactEntry(String.valueOf(k), v)));
            return out;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            for (Object item : list) {
                out.add(redact(item));
            }
            return out;
        }
        return value;
    }

    /** {@link #redact(Object)} for a map. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> redactMap(Map<String, ?> map) {
        return (Map<String, Object>) redact(map);
    }

    /** Replaces every secret (and, outside internal environments, every host name and IP) in a text. */
    public String redactText(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String s = PEM_PRIVATE_KEY.matcher(text).replaceAll(REDACTED);
        s = URL_USERINFO.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + REDACTED + "@"));
        s = JWT.matcher(s).replaceAll(REDACTED);
        s = KNOWN_TOKENS.matcher(s).replaceAll(REDACTED);
        s = BEARER.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + m.group(2) + REDACTED));
        s = replace(BASIC, s, m -> isBasicCredential(m.group(3)) ? m.group(1) + m.group(2) + REDACTED : m.group());
        s = KEY_VALUE.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + m.group(2) + REDACTED));
        if (!internalEnvironment) {
            s = IPV4.matcher(s).replaceAll(REDACTED);
            s = replace(IPV6_CANDIDATE, s, m -> isIpv6(m.group()) ? REDACTED : m.group());
            s = replace(HOSTNAME, s, m -> isHostName(m.group(1)) ? REDACTED : m.group());
        }
        return s;
    }

    /**
     * {@link #redactText(String)} for a field with a maximum length (in characters, as JSON Schema counts them):
     * when redaction makes the text longer than that, the whole text becomes {@value #REDACTED}, so the written
     * value still fits the schema and shows nothing of the original.
     */
    public String redactText(String text, int maxLength) {
        String out = redactText(text);
        return out != null && out.length() > maxLength && out.codePointCount(0, out.length()) > maxLength ? REDACTED : out;
    }

    private static String replace(Pattern pattern, String s, Function<Matcher, String> replacement) {
        Matcher m = pattern.matcher(s);
        StringBuilder out = new StringBuilder(s.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(replacement.apply(m)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A dotted name is a host unless its last label is a file extension or mixed-case (a Java class). */
    private static boolean isHostName(String lastLabel) {
        String lower = lastLabel.toLowerCase(Locale.ROOT);
        boolean uniformCase = lastLabel.equals(lower) || lastLabel.equals(lastLabel.toUpperCase(Locale.ROOT));
        return uniformCase && !FILE_EXTENSIONS.contains(lower);
    }

    private static boolean isBasicCredential(String base64) {
        try {
            String decoded = new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
            return decoded.indexOf(':') > 0;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** An IPv6 literal: 8 groups, or fewer around one {@code ::}, optionally ending in an IPv4 part. */
    static boolean isIpv6(String candidate) {
        String s = candidate;
        int zone = s.indexOf('%');
        if (zone >= 0) {
            s = s.substring(0, zone);
        }
        int groupsNeeded = 8;
        int lastColon = s.lastIndexOf(':');
        String tail = s.substring(lastColon + 1);
        if (tail.contains(".")) {
            if (!IPV4.matcher(tail).matches()) {
                return false;
            }
            s = s.substring(0, lastColon + 1) + "0";
            groupsNeeded = 7;
        }
        int doubleColon = s.indexOf("::");
        if (doubleColon < 0) {
            return hexGroups(s) == groupsNeeded;
        }
        if (s.indexOf("::", doubleColon + 1) >= 0) {
            return false;
        }
        int left = hexGroups(s.substring(0, doubleColon));
        int right = hexGroups(s.substring(doubleColon + 2));
        return left >= 0 && right >= 0 && left + right < groupsNeeded;
    }

    /** Number of colon-separated groups of 1 to 4 hex digits; 0 for "", -1 when malformed. */
    private static int hexGroups(String s) {
        if (s.isEmpty()) {
            return 0;
        }
        String[] parts = s.split(":", -1);
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 4) {
                return -1;
            }
        }
        return parts.length;
    }

    private static String normalize(String key) {
        StringBuilder b = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }
}
