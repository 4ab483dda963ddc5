package org.tongguan.branding.internal;

import org.osgi.service.component.annotations.Component;

/** Serves this bundle's {@code /web} folder (stylesheet, logo) at {@code /branding/*} through the HTTP whiteboard. */
@Component(service = BrandingResources.class, property = {
    "osgi.http.whiteboard.resource.pattern=/branding/*",
    "osgi.http.whiteboard.resource.prefix=/web"})
public class BrandingResources {
}
