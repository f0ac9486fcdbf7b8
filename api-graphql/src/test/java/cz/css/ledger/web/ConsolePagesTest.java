package cz.css.ledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;
import org.springframework.web.servlet.mvc.ParameterizableViewController;

/** Where the console's short addresses (and the citizen's survey page) lead, with the bundled GraphiQL switched on and off. */
class ConsolePagesTest {

    @Test
    void loginAndGraphiqlLeadToTheBuiltPages() {
        var pages = pagesOf(new ConsolePages(true));
        assertThat(pages.get("/login").getViewName()).isEqualTo("forward:/login.html");
        assertThat(pages.get("/graphiql").getViewName()).isEqualTo("forward:/graphiql/index.html");
    }

    @Test
    void citizensSurveyLeadsToItsBuiltPage() {
        assertThat(pagesOf(new ConsolePages(false)).get("/anketa").getViewName()).isEqualTo("forward:/anketa.html");
    }

    @Test
    void graphiqlSwitchedOffIsNotFound() {
        var pages = pagesOf(new ConsolePages(false));
        assertThat(pages.get("/login").getViewName()).isEqualTo("forward:/login.html");
        assertThat(pages.get("/graphiql").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(pages.get("/graphiql/**").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ParameterizableViewController> pagesOf(ConsolePages configuration) {
        var registry = new Registry();
        configuration.addViewControllers(registry);
        return (Map<String, ParameterizableViewController>) (Map<String, ?>) registry.mapping().getUrlMap();
    }

    private static final class Registry extends ViewControllerRegistry {
        Registry() {
            super(new StaticApplicationContext());
        }

        SimpleUrlHandlerMapping mapping() {
            return buildHandlerMapping();
        }
    }
}
