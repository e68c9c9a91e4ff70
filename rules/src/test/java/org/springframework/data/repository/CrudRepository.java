package org.springframework.data.repository;

/** Test stand-in for the Spring Data interface of the same name. */
public interface CrudRepository<T, ID> {
}
