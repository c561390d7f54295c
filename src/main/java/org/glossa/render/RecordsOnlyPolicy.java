package org.glossa.render;

import freemarker.ext.beans.ClassMemberAccessPolicy;
import freemarker.ext.beans.MemberAccessPolicy;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What templates may see of Java objects: the component accessors of Glossa's own records (the page
 * models), read as properties ({@code page.meta.title}), and nothing else: no other method, no
 * field, no constructor, and nothing at all of any other class ({@code getClass()},
 * {@code java.lang.Runtime}, the class loader, Freemarker's own objects). Lists, maps, strings,
 * numbers and booleans reach templates as Freemarker's plain values, which expose no Java members.
 */
final class RecordsOnlyPolicy implements MemberAccessPolicy {
  private static final String OWN_PACKAGES = "org.glossa.";

  /** Exposes exactly {@code methods}: no constructor, no field. */
  private record Exposed(Set<Method> methods) implements ClassMemberAccessPolicy {
    @Override
    public boolean isMethodExposed(Method method) {
      return methods.contains(method);
    }

    @Override
    public boolean isConstructorExposed(Constructor<?> constructor) {
      return false;
    }

    @Override
    public boolean isFieldExposed(Field field) {
      return false;
    }
  }

  @Override
  public ClassMemberAccessPolicy forClass(Class<?> type) {
    if (!type.isRecord() || !type.getName().startsWith(OWN_PACKAGES)) {
      return new Exposed(Set.of());
    }
    return new Exposed(Arrays.stream(type.getRecordComponents()).map(RecordComponent::getAccessor).collect(Collectors.toSet()));
  }

  @Override
  public boolean isToStringAlwaysExposed() {
    return false;
  }
}
