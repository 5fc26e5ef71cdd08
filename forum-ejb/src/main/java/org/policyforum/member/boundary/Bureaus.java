package org.policyforum.member.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.policyforum.member.entity.Bureau;
import org.policyforum.platform.control.Audit;
import org.policyforum.platform.control.Text;
import org.policyforum.platform.entity.Roles;
import org.policyforum.platform.entity.RuleViolation;

/** The city's departments: anyone may list them, operators keep the list. */
@Stateless
public class Bureaus {

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    @Inject
    Audit audit;

    @PermitAll
    public List<Bureau> active() {
        return em.createNamedQuery(Bureau.ACTIVE, Bureau.class).getResultList();
    }

    @RolesAllowed({Roles.OFFICIAL, Roles.MODERATOR, Roles.OPERATOR})
    public List<Bureau> all() {
        return em.createNamedQuery(Bureau.ALL, Bureau.class).getResultList();
    }

    @RolesAllowed(Roles.OPERATOR)
    public Bureau create(String nameKo, String nameEn) {
        String ko = checkName(nameKo, nameEn, -1L);
        Bureau bureau = new Bureau(ko, englishName(nameEn));
        em.persist(bureau);
        em.flush();
        audit.record("bureau.create", "bureau:" + bureau.getId(), bureau.getNameKo() + " / " + bureau.getNameEn());
        return bureau;
    }

    @RolesAllowed(Roles.OPERATOR)
    public Bureau rename(long id, String nameKo, String nameEn) {
        Bureau bureau = find(id);
        String ko = checkName(nameKo, nameEn, id);
        bureau.rename(ko, englishName(nameEn));
        audit.record("bureau.rename", "bureau:" + id, bureau.getNameKo() + " / " + bureau.getNameEn());
        return bureau;
    }

    @RolesAllowed(Roles.OPERATOR)
    public void setActive(long id, boolean active) {
        Bureau bureau = find(id);
        if (active) {
            bureau.activate();
        } else {
            bureau.deactivate();
        }
        audit.record(active ? "bureau.activate" : "bureau.deactivate", "bureau:" + id, bureau.getNameKo());
    }

    private Bureau find(long id) {
        Bureau bureau = em.find(Bureau.class, id);
        if (bureau == null) {
            throw RuleViolation.of("notFound");
        }
        return bureau;
    }

    /** The Korean name as it will be stored, after the one text guard for names. */
    private String checkName(String nameKo, String nameEn, long id) {
        String ko = Text.name("nameKo", nameKo, 1, 200, "bureau.name.required", "bureau.name.tooLong");
        englishName(nameEn);
        long same = em.createNamedQuery(Bureau.BY_NAME, Long.class)
                .setParameter("name", ko)
                .setParameter("id", id)
                .getSingleResult();
        if (same > 0) {
            throw new RuleViolation("nameKo", "bureau.name.duplicate");
        }
        return ko;
    }

    /** The optional English name, guarded as a name; empty is none. */
    private static String englishName(String nameEn) {
        return nameEn == null || nameEn.isBlank()
                ? nameEn
                : Text.name("nameEn", nameEn, 1, 200, "bureau.name.required", "bureau.name.tooLong");
    }
}
