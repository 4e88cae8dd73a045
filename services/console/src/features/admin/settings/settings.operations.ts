import { graphql } from '../../../gql';

// 団体の設定: the pay calendar and the account pay is sent from (workers node), and the invoice
// issuer (orders node). Each is its node's own setting, so a node that is down leaves the other editable.

export const AdminPaySettingsQuery = graphql(`
  query AdminPaySettings {
    paySettings {
      orgId
      closingDay
      paymentMonthOffset
      paymentDay
      consignorCode
      consignorNameKana
      bankCode
      bankNameKana
      branchCode
      branchNameKana
      accountType
      accountNumber
      calendarText
    }
  }
`);

export const AdminSetPaySettingsMutation = graphql(`
  mutation AdminSetPaySettings($input: SetPaySettingsInput!) {
    setPaySettings(input: $input) {
      orgId
      closingDay
      paymentMonthOffset
      paymentDay
      calendarText
    }
  }
`);

export const AdminInvoiceSettingsQuery = graphql(`
  query AdminInvoiceSettings {
    invoiceSettings {
      orgId
      issuerName
      registrationNumber
      address
      phone
      bankName
      bankBranch
      bankAccountType
      bankAccountNumber
      bankAccountHolder
      missingForIssue
    }
  }
`);

export const AdminSetInvoiceSettingsMutation = graphql(`
  mutation AdminSetInvoiceSettings($input: SetInvoiceSettingsInput!) {
    setInvoiceSettings(input: $input) {
      orgId
      issuerName
      missingForIssue
    }
  }
`);
