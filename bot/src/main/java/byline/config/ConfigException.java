package byline.config;

/** A setting is missing or invalid; the message names the variable and never holds a secret. */
public class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }
}
