package vn.hoagiai.kit.security;

import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import vn.hoagiai.contracts.units.AdministrativeUnits;
import vn.hoagiai.kit.problem.ForbiddenException;

/** Gives a controller method the {@link Caller} of the request. */
class CallerArgumentResolver implements HandlerMethodArgumentResolver {

	private final AdministrativeUnits units;

	CallerArgumentResolver(AdministrativeUnits units) {
		this.units = units;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return Caller.class.equals(parameter.getParameterType());
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
			WebDataBinderFactory binders) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof Jwt jwt) {
			return Caller.of(jwt, this.units);
		}
		throw new ForbiddenException("Không xác định được người dùng.");
	}

}
