package cz.css.ledger.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Short addresses for the pages that the front-end build (api-graphql/frontend) puts into the jar's
 * static resources; the console itself is the welcome page {@code /index.html}, the citizen's
 * satisfaction survey is {@code /anketa} (public, like the login page). The bundled
 * GraphiQL answers only where {@code ledger.graphiql.enabled} (off in production unless
 * {@code LEDGER_GRAPHIQL=true}).
 */
@Configuration(proxyBeanMethods = false)
class ConsolePages implements WebMvcConfigurer {
    private final boolean graphiql;

    ConsolePages(@Value("${ledger.graphiql.enabled:true}") boolean graphiql) {
        this.graphiql = graphiql;
    }

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addViewController("/login").setViewName("forward:/login.html");
        registry.addViewController("/anketa").setViewName("forward:/anketa.html");
        if (graphiql) {
            registry.addViewController("/graphiql").setViewName("forward:/graphiql/index.html");
            registry.addRedirectViewController("/graphiql/", "/graphiql");
        } else {
            registry.addStatusController("/graphiql", HttpStatus.NOT_FOUND);
            registry.addStatusController("/graphiql/**", HttpStatus.NOT_FOUND);
        }
    }
}
