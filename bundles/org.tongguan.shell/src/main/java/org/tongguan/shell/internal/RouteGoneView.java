package org.tongguan.shell.internal;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.RouterLink;
import jakarta.servlet.http.HttpServletResponse;

/** A page that is not there: either its area was stopped or removed ("该模块已停用"), or it never existed. */
final class RouteGoneView extends Div implements HasErrorParameter<NotFoundException> {
    private final Shell shell;

    RouteGoneView(Shell shell) {
        this.shell = shell;
        addClassName("tg-gone");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        String path = event.getLocation().getPath();
        boolean areaGone = shell.contributions().wasKnown(path);
        H2 title = new H2(getTranslation(areaGone ? "shell.moduleGone" : "shell.notFound"));
        title.setId("route-gone");
        RouterLink home = new RouterLink(getTranslation("shell.home"), HomeView.class);
        removeAll();
        add(title, new Paragraph(getTranslation(areaGone ? "shell.moduleGone.detail" : "shell.notFound.detail", path)),
                home);
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
