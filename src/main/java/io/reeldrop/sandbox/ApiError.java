package io.reeldrop.sandbox;

/** An error answer: HTTP status plus the documented {@code code} and a sentence for a person. */
final class ApiError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    final int status;
    final String code;

    ApiError(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
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
