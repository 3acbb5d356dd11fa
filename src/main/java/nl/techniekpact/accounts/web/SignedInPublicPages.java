package nl.techniekpact.accounts.web;

import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.techniekpact.accounts.CurrentUser;
import nl.techniekpact.accounts.CurrentUsers;
import nl.techniekpact.system.PublicPageCache;
import nl.techniekpact.system.SignedInPage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * A signed-in user asking for a public page gets the page kept for anonymous visitors with the header's
 * signed-in part (name, role links, sign-out form with its CSRF token) rendered for them in place of the sign-in
 * link, instead of the whole page rendered again (ADR 0013). The part is the layout's own fragment
 * ({@code fragments/layout :: user}), so it is the same bytes a full render writes there. When no anonymous
 * answer is kept, the page is rendered as usual.
 */
@Configuration(proxyBeanMethods = false)
class SignedInPublicPages implements WebMvcConfigurer {

    static final String USER_PART = "fragments/layout :: user";

    private final ObjectProvider<PublicPageCache> pages;
    private final ObjectProvider<CurrentUsers> users;
    private final ObjectProvider<ThymeleafViewResolver> views;

    SignedInPublicPages(ObjectProvider<PublicPageCache> pages, ObjectProvider<CurrentUsers> users,
                        ObjectProvider<ThymeleafViewResolver> views) {
        this.pages = pages;
        this.users = users;
        this.views = views;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                    throws Exception {
                return !answered(request, response);
            }
        });
    }

    /** Whether the request was answered from the kept page. */
    private boolean answered(HttpServletRequest request, HttpServletResponse response) throws Exception {
        if (!"GET".equals(request.getMethod())) {
            return false;
        }
        Optional<SignedInPage> kept = pages.getObject().keptForSignedIn(request);
        if (kept.isEmpty()) {
            return false;
        }
        Optional<CurrentUser> user = users.getObject().current();
        if (user.isEmpty()) {
            return false; // anonymous with a stale session cookie: rendered as usual
        }
        View view = views.getObject().resolveViewName(USER_PART, RequestContextUtils.getLocale(request));
        if (view == null) {
            return false;
        }
        ContentCachingResponseWrapper part = new ContentCachingResponseWrapper(response);
        view.render(Map.of("currentUser", user.get()), request, part);
        kept.get().writeWith(part.getContentAsByteArray(), response);
        return true;
    }
}
