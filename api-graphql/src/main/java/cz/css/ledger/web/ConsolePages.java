package cz.css.ledger.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Short addresses for the pages that the front-end build (api-graphql/frontend) puts into the jar's
 * static resources; the console itself is the welcome page {@code /index.html}.
 */
@Configuration(proxyBeanMethods = false)
class ConsolePages implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addViewController("/login").setViewName("forward:/login.html");
        registry.addViewController("/graphiql").setViewName("forward:/graphiql/index.html");
        registry.addRedirectViewController("/graphiql/", "/graphiql");
    }
}
