package org.policyforum.web.platform;

import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A lazily paged p:dataTable model from a boundary's count and page methods (no sorting, no row keys: no table selects
 * rows). A page bean filters with its own fields, which the two lambdas read again on each load.
 *
 * <p>The model lives in a view-scoped bean, and every request of a view shares that bean. PrimeFaces' model keeps the
 * loaded page and the row being rendered in its own fields, so two requests of one view rendering the table at once
 * (a client without script pressing a button twice) read each other's row and failed with a 500. Here that state
 * lives in the request ({@link FacesContext#getAttributes()}); the table loads its page again when a request finds
 * none, as it does for a request-scoped model.
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
        return new PerRequest<>(count, page);
    }

    /** What PrimeFaces' model keeps between its calls, for one request. */
    private static final class State<T> {
        private int rowCount;
        private int pageSize;
        private int rowIndex = -1;
        private List<T> data;
    }

    private static final class PerRequest<T> extends LazyDataModel<T> {

        private static final long serialVersionUID = 1L;

        private final Count count;
        private final Page<T> page;
        private final String key = PagedList.class.getName() + "." + UUID.randomUUID();
        /** Outside a Faces request (never in the forum; kept so that the model still works there). */
        private transient Map<String, Object> outside;

        PerRequest(Count count, Page<T> page) {
            this.count = count;
            this.page = page;
        }

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) count.count();
        }

        @Override
        public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return page.load(first, pageSize);
        }

        @SuppressWarnings("unchecked")
        private State<T> state() {
            FacesContext context = FacesContext.getCurrentInstance();
            Map<Object, Object> attributes = context == null ? null : context.getAttributes();
            if (attributes != null) {
                return (State<T>) attributes.computeIfAbsent(key, k -> new State<T>());
            }
            if (outside == null) {
                outside = new HashMap<>();
            }
            return (State<T>) outside.computeIfAbsent(key, k -> new State<T>());
        }

        @Override
        public boolean isRowAvailable() {
            State<T> state = state();
            return state.data != null && state.rowIndex >= 0 && state.rowIndex < state.data.size();
        }

        @Override
        public T getRowData() {
            return isRowAvailable() ? state().data.get(state().rowIndex) : null;
        }

        @Override
        public List<T> getWrappedData() {
            return state().data;
        }

        @Override
        @SuppressWarnings("unchecked")
        public void setWrappedData(Object list) {
            state().data = (List<T>) list;
        }

        @Override
        public int getRowIndex() {
            return state().rowIndex;
        }

        @Override
        public void setRowIndex(int rowIndex) {
            State<T> state = state();
            // as PrimeFaces does: the index within the loaded page
            state.rowIndex = rowIndex == -1 ? -1 : state.pageSize > 0 ? rowIndex % state.pageSize : rowIndex;
        }

        @Override
        public int getRowCount() {
            return state().rowCount;
        }

        @Override
        public void setRowCount(int rowCount) {
            state().rowCount = rowCount;
        }

        @Override
        public int getPageSize() {
            return state().pageSize;
        }

        @Override
        public void setPageSize(int pageSize) {
            state().pageSize = pageSize;
        }
    }
}
