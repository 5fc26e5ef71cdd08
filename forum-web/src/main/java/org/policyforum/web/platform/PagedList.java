package org.policyforum.web.platform;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A lazily paged p:dataTable model from a boundary's count and page methods (no sorting, no row keys: no table selects
 * rows). A page bean filters with its own fields, which the two lambdas read again on each load.
 */
public final class PagedList {

    private PagedList() {}

    /** Serializable, because the model lives in a view-scoped bean. */
    public interface Count extends Serializable {
        long count();
    }

    public interface Page<T> extends Serializable {
        List<T> load(int first, int size);
    }

    public static <T> LazyDataModel<T> of(Count count, Page<T> page) {
        return new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) count.count();
            }

            @Override
            public List<T> load(
                    int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
                return page.load(first, pageSize);
            }
        };
    }
}
