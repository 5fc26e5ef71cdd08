package org.policyforum.member.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.policyforum.member.entity.Bureau;
import org.policyforum.member.entity.Roles;
import org.policyforum.moderation.control.AuditTrail;
import org.policyforum.platform.boundary.RuleViolation;
import org.policyforum.platform.control.Text;

/** The city's departments: anyone may list them, operators keep the list. */
@Stateless
public class Bureaus {

    @PersistenceContext(unitName = "forum")
    EntityManager em;
    @Inject
    AuditTrail audit;

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
        checkName(nameKo, nameEn, -1L);
        Bureau bureau = new Bureau(nameKo, nameEn);
        em.persist(bureau);
        em.flush();
        audit.record("bureau.create", "bureau:" + bureau.getId(), bureau.getNameKo() + " / " + bureau.getNameEn());
        return bureau;
    }

    @RolesAllowed(Roles.OPERATOR)
    public Bureau rename(long id, String nameKo, String nameEn) {
        Bureau bureau = find(id);
        checkName(nameKo, nameEn, id);
        bureau.rename(nameKo, nameEn);
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

    private void checkName(String nameKo, String nameEn, long id) {
        if (nameKo == null || nameKo.isBlank() || nameKo.strip().length() > 200) {
            throw new RuleViolation("nameKo", "bureau.name.required");
        }
        if (nameEn != null && nameEn.strip().length() > 200) {
            throw new RuleViolation("nameEn", "bureau.name.tooLong");
        }
        if (Text.isGarbled(nameKo) || Text.isGarbled(nameEn)) {
            throw new RuleViolation("nameKo", "input.garbled");
        }
        long same = em.createNamedQuery(Bureau.BY_NAME, Long.class)
                .setParameter("name", nameKo.strip()).setParameter("id", id).getSingleResult();
        if (same > 0) {
            throw new RuleViolation("nameKo", "bureau.name.duplicate");
        }
    }
}
