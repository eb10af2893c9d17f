package io.reeldrop.sandbox;

/** An error answer: HTTP status plus the documented {@code code} and a sentence for a person. */
final class ApiError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    final int status;
    final String code;
    /** The {@code Allow} header of a 405 (RFC 9110 requires one); null otherwise. */
    final String allow;

    ApiError(int status, String code, String message) {
        this(status, code, message, null);
    }

    private ApiError(int status, String code, String message, String allow) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.allow = allow;
    }

    static ApiError methodNotAllowed(String method, String path, String... allowed) {
        String allow = String.join(", ", allowed);
        return new ApiError(405, "method_not_allowed", method + " is not supported on " + path + "; use " + allow + ".", allow);
    }

    static ApiError notProvided(String parameter) {
        return new ApiError(400, "parameter_not_provided", "The " + parameter + " parameter is required.");
    }

    static ApiError invalid(String message) {
        return new ApiError(400, "parameter_invalid", message);
    }

    static ApiError notFound(String what, String id) {
        return new ApiError(404, "resource_not_exist", "There is no " + what + " with the id '" + id + "'.");
    }
}
