package vn.hoagiai.auth;

import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

/** The sign-in page, in Vietnamese. */
@Controller
class LoginController {

	@GetMapping(path = "/login", produces = MediaType.TEXT_HTML_VALUE)
	@ResponseBody
	String login(CsrfToken csrf, @RequestParam(required = false) String error) {
		String message = (error != null)
				? "<p role=\"alert\" style=\"color:#a4000f\">Tên đăng nhập hoặc mật khẩu không đúng.</p>" : "";
		return """
				<!doctype html><html lang="vi"><head><meta charset="utf-8">
				<meta name="viewport" content="width=device-width, initial-scale=1">
				<title>Đăng nhập — Hòa giải ở cơ sở</title>
				<style>body{font-family:system-ui,sans-serif;max-width:24rem;margin:3rem auto;padding:1rem;color:#1a1a1a}
				label{display:block;margin-top:1rem}input{width:100%%;padding:.5rem;font-size:1rem;box-sizing:border-box}
				button{margin-top:1.5rem;padding:.6rem 1.2rem;font-size:1rem;background:#0b4f8a;color:#fff;border:0}</style>
				</head><body><h1>Đăng nhập</h1>
				<p>Hệ thống quản lý nâng cao năng lực hòa giải viên ở cơ sở</p>%s
				<form method="post" action="/login">
				<label for="username">Tên đăng nhập</label><input id="username" name="username" autocomplete="username" required autofocus>
				<label for="password">Mật khẩu</label><input id="password" name="password" type="password" autocomplete="current-password" required>
				<input type="hidden" name="%s" value="%s">
				<button type="submit">Đăng nhập</button></form></body></html>
				""".formatted(message, HtmlUtils.htmlEscape(csrf.getParameterName()), HtmlUtils.htmlEscape(csrf.getToken()));
	}

}
